/* What a frame drew and where: the texts, the widgets and the focus, layer by layer.
 * Read aloud (speech) takes a screen's title and what has focus from it, as an
 * accessibility tree is built from an immediate-mode UI; the layout check
 * (framelog_check) finds text drawn outside the screen or across a widget's edge, for
 * big text sizes and long translations alike. Recording costs nothing while it is off. */
#ifndef GA_FRAMELOG_H
#define GA_FRAMELOG_H

#include "app/ui/text.h"

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

enum { FRAMELOG_TEXTS = 400, FRAMELOG_BOXES = 300, FRAMELOG_POOL = 32 * 1024, FRAMELOG_NOTES = 8 };

typedef enum FrameBoxKind {
    BOX_BUTTON, /* a button: its label belongs inside */
    BOX_KEYCAP, /* a key cap or a controller glyph */
    BOX_PANEL,  /* a raised panel (a card, a row, a dialog): what is drawn on it stays inside */
} FrameBoxKind;

typedef struct FrameText {
    int layer;
    TextRole role;
    SDL_Rect r;
    int at; /* offset of the text in the pool */
} FrameText;

typedef struct FrameBox {
    int layer;
    FrameBoxKind kind;
    SDL_Rect r;
} FrameBox;

typedef struct FrameLog {
    bool on;
    SDL_Renderer *renderer; /* whose clip says what a scroll view cut (framelog_observe) */
    int layer;              /* the screen-stack layer being drawn; -1: over every screen (toasts) */
    FrameText texts[FRAMELOG_TEXTS];
    int n_texts;
    FrameBox boxes[FRAMELOG_BOXES];
    int n_boxes;
    bool has_focus;
    int focus_layer;
    SDL_Rect focus;
    /* Words a widget says but does not draw as text ("on", "off"), with the rect they belong to. */
    char notes[FRAMELOG_NOTES][48];
    SDL_Rect note_r[FRAMELOG_NOTES];
    int note_layer[FRAMELOG_NOTES];
    int n_notes;
    char pool[FRAMELOG_POOL];
    int used;
} FrameLog;

/* Whether r is wholly inside the renderer's clip (a scrolling view), or there is none:
 * what a scroll view cuts is meant to be cut, and is neither noted nor checked. */
bool framelog_visible(SDL_Renderer *r, SDL_Rect rect);
/* Forgets the last frame (call before drawing one). */
void framelog_begin(FrameLog *log);
void framelog_text(FrameLog *log, TextRole role, SDL_Rect r, const char *utf8);
/* A TextObserver (text_observe) with ctx the FrameLog: notes every text drawn inside the
 * renderer's clip. */
void framelog_observe(void *ctx, TextRole role, const char *utf8, SDL_Rect where);
void framelog_box(FrameLog *log, FrameBoxKind kind, SDL_FRect r);
void framelog_focus(FrameLog *log, SDL_FRect r);
void framelog_note(FrameLog *log, SDL_FRect r, const char *words);
const char *framelog_string(const FrameLog *log, const FrameText *t);

/* The words of the top layer for reading aloud: its title (the first text in the
 * biggest heading role), and what has focus (every text and note inside the focused
 * rect, in drawing order, joined with ", "). Empty when there is none. */
void framelog_title(const FrameLog *log, int layer, char *out, size_t n);
void framelog_focus_words(const FrameLog *log, int layer, char *out, size_t n);
/* The body text of a layer (TEXT_BODY, outside the focused widget), joined with " ". */
void framelog_body(const FrameLog *log, int layer, char *out, size_t n);

/* The layout check on a w x h screen: text outside the screen, text that crosses the
 * edge of a widget (a button, key cap or panel) instead of sitting inside it, and texts
 * that overlap each other on the same layer, allowing slack pixels. Writes one line per
 * problem to out (each "what: \"text\"") and returns how many there were. */
int framelog_check(const FrameLog *log, int w, int h, int slack, char *out, size_t n);

#endif
