/* "Before saving": what an export will write, shown before it is written: the sections
 * (the ones on the screen), whose answers, whether verdict words are in, then the file
 * names and the folder; and, for a facilitator, their session record as an option. The
 * summary screen opens it and writes the files when the answer is yes. */
#ifndef GA_SCREENS_EXPORT_H
#define GA_SCREENS_EXPORT_H

#include "app/platform/input.h"
#include "core/summary.h"

#include <stdbool.h>

typedef struct App App;

typedef struct ExportPreview {
    bool open;
    int focus;
    bool with_record;         /* the facilitator's session record goes with the export */
    float scroll;             /* of the words, when the screen is too small for them all */
    char stamp[32], date[64]; /* fixed when it opens: the names shown are the names written */
} ExportPreview;

typedef enum ExportAnswer { EXPORT_WAIT, EXPORT_SAVE, EXPORT_CANCEL } ExportAnswer;

void export_preview_open(App *app, ExportPreview *pv, const char *stamp, const char *date);
/* doc and opt: what the screen shows, which is what will be written. */
void export_preview_draw(App *app, const ExportPreview *pv, const SummaryDoc *doc, const SummaryOptions *opt);
ExportAnswer export_preview_input(App *app, ExportPreview *pv, const SummaryDoc *doc, const SummaryOptions *opt,
                                  const InputEvent *ev);

#endif
