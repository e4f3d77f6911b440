/* The planner's state, shared by its two files: planner.c (the list, the plan, the
 * filters and buttons) and planner_dialogs.c (what opens over it: a whole scenario's
 * preview, the saved plans, naming a plan, and deleting one). */
#ifndef GA_SCREENS_PLANNER_DIALOGS_H
#define GA_SCREENS_PLANNER_DIALOGS_H

#include "app/game.h"
#include "app/platform/input.h"

#include <stdbool.h>

typedef struct App App;

enum { PLANNER_MAX_ROWS = 2048 };
#define PLANNER_QUIET_LINE "Facilitated: nothing is saved unless you export it."

typedef enum PlanDialog { DIALOG_NONE, DIALOG_PREVIEW, DIALOG_SAVED, DIALOG_RENAME, DIALOG_DELETE } PlanDialog;

typedef struct PlanState {
    int zone, index;
    int list_focus; /* the list's focused row, kept while the focus is elsewhere */
    int theme;      /* -1 all, else a Category */
    int level;      /* -1 gentle + honest, -2 all, else an Intensity */
    bool hide_notes;
    PlanItem rows[PLANNER_MAX_ROWS];
    int n_rows;
    float scroll;
    int plan_scroll;
    PlanDialog dialog;
    int dialog_focus;
    /* the preview */
    PlanItem previewed;
    float preview_scroll, preview_h;
    /* the saved plans */
    SavedPlan saved[GAME_MAX_PLANS];
    int n_saved, saved_focus, saved_scroll;
    /* naming: the plan being made (file "") or a saved one */
    char text[PLAN_NAME_MAX];
    char file[GAME_PLAN_FILE_MAX];
    PlanDialog back_to; /* where naming or deleting returns */
} PlanState;

/* Opens a dialog over the planner. */
void planner_preview(App *app, PlanState *st, PlanItem item);
void planner_open_saved(App *app, PlanState *st);
/* Names the plan being made (file NULL) or a saved plan. */
void planner_rename(App *app, PlanState *st, const char *file);

/* The dialog's input and drawing (nothing when none is open). */
void planner_dialog_input(App *app, PlanState *st, const InputEvent *ev);
void planner_dialog_draw(App *app, PlanState *st);

/* The plan itself (planner.c): take item i out, or put an item in or out. */
void planner_remove(App *app, PlanState *st, int i);
void planner_toggle(App *app, PlanState *st, PlanItem item);

#endif
