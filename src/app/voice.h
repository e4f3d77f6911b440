/* What Read aloud says (the speech itself is platform/speech.c). Outside play: a screen's
 * title and what has focus, taken from what the screen drew (ui/framelog.h). In play,
 * the session's screens say it themselves (Screen.voice, the voice_* functions below):
 * each card's text, question and numbered answers once when it appears, whose turn,
 * who is locked in, and at the reveal both answers, the verdicts and the prompts.
 *
 * The rule that keeps a shared speaker from giving a pick away: while picks are hidden
 * nothing said depends on a pick. The card's words come from the card and the round
 * alone; its status only from who is locked in (which the screen shows too); no focus,
 * key press, selection or change is ever said there. tests/replays/a11y_speech*.sh
 * check it on the --speech-log of whole sessions. */
#ifndef GA_VOICE_H
#define GA_VOICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct App App;

enum { VOICE_TITLE_MAX = 400, VOICE_BODY_MAX = 3000, VOICE_LINE_MAX = 600 };

/* What a screen says. title and body when it comes in (the title alone when it comes
 * back from under an overlay), and each whenever it changes; status and focus whenever
 * they change. "R" (read again) says them all once more. */
typedef struct VoiceText {
    char title[VOICE_TITLE_MAX];
    char body[VOICE_BODY_MAX];
    char status[VOICE_LINE_MAX];
    char focus[VOICE_LINE_MAX];
} VoiceText;

/* The voice's bookkeeping (app->voice): voice.c's alone. */
typedef struct Voice {
    unsigned serial; /* the entry of the top screen last heard (screen_top_serial) */
    unsigned seen;   /* the newest entry heard: a lower serial is a screen coming back */
    VoiceText last;  /* what was last said for it */
} Voice;

/* The app-level entry point: says a notice, an error or a toast (when anything listens). */
void voice_say(App *app, const char *text);
/* Says what changed on the top screen since last time. Called after every change of
 * screen, input and tick (screen.c). */
void voice_follow(App *app);
/* Says everything of the top screen again (the read-again key). */
void voice_read_again(App *app);
/* Applies the Read aloud settings (on, rate, volume); a missing speech-dispatcher
 * becomes a notice once. */
void voice_settings_changed(App *app);

/* Appends to a VoiceText field (snprintf-style, never overflowing). */
void voice_add(char *field, size_t size, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* The summary's document in words, into out->title and out->body (the same SummaryDoc
 * the screen and the exports show). */
struct SummaryDoc;
void voice_summary(const struct SummaryDoc *doc, VoiceText *out);
/* The card's status while picks are hidden: who is locked in, and what comes next. It
 * reads session_locked alone, never a pick. */
void voice_lock_status(App *app, char *out, size_t size);

#endif
