/* What a frame drew and where, for read aloud and the layout check. */
#include "app/ui/framelog.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void framelog_begin(FrameLog *log) {
    log->n_texts = log->n_boxes = log->n_notes = log->used = 0;
    log->has_focus = false;
    log->layer = 0;
}

bool framelog_visible(SDL_Renderer *r, SDL_Rect rect) {
    if (!SDL_RenderIsClipEnabled(r)) return true;
    SDL_Rect clip;
    SDL_RenderGetClipRect(r, &clip);
    return rect.x >= clip.x && rect.y >= clip.y && rect.x + rect.w <= clip.x + clip.w &&
           rect.y + rect.h <= clip.y + clip.h;
}

static SDL_Rect to_rect(SDL_FRect f) {
    int x0 = (int)lroundf(f.x), y0 = (int)lroundf(f.y);
    return (SDL_Rect){x0, y0, (int)lroundf(f.x + f.w) - x0, (int)lroundf(f.y + f.h) - y0};
}

void framelog_text(FrameLog *log, TextRole role, SDL_Rect r, const char *s) {
    if (!log->on || log->n_texts == FRAMELOG_TEXTS || !s || !*s) return;
    size_t len = strlen(s);
    if (log->used + (int)len + 1 > FRAMELOG_POOL) return;
    memcpy(log->pool + log->used, s, len + 1);
    log->texts[log->n_texts++] = (FrameText){log->layer, role, r, log->used};
    log->used += (int)len + 1;
}

void framelog_observe(void *ctx, TextRole role, const char *utf8, SDL_Rect where) {
    FrameLog *log = ctx;
    if (log->on && (!log->renderer || framelog_visible(log->renderer, where))) framelog_text(log, role, where, utf8);
}

void framelog_box(FrameLog *log, FrameBoxKind kind, SDL_FRect r) {
    if (!log->on || log->n_boxes == FRAMELOG_BOXES || r.w <= 0 || r.h <= 0) return;
    log->boxes[log->n_boxes++] = (FrameBox){log->layer, kind, to_rect(r)};
}

void framelog_focus(FrameLog *log, SDL_FRect r) {
    if (!log->on) return;
    /* The last focus drawn on the highest layer wins. */
    if (log->has_focus && log->focus_layer > log->layer) return;
    log->has_focus = true;
    log->focus_layer = log->layer;
    log->focus = to_rect(r);
}

void framelog_note(FrameLog *log, SDL_FRect r, const char *words) {
    if (!log->on || log->n_notes == FRAMELOG_NOTES) return;
    snprintf(log->notes[log->n_notes], sizeof log->notes[0], "%s", words);
    log->note_r[log->n_notes] = to_rect(r);
    log->note_layer[log->n_notes] = log->layer;
    log->n_notes++;
}

const char *framelog_string(const FrameLog *log, const FrameText *t) { return log->pool + t->at; }

static bool inside(SDL_Rect in, SDL_Rect out, int slack) {
    return in.x >= out.x - slack && in.y >= out.y - slack && in.x + in.w <= out.x + out.w + slack &&
           in.y + in.h <= out.y + out.h + slack;
}

/* Whether a and b share more than a sliver (each shrunk by slack first). */
static bool overlap(SDL_Rect a, SDL_Rect b, int slack) {
    a.x += slack, a.y += slack, a.w -= 2 * slack, a.h -= 2 * slack;
    b.x += slack, b.y += slack, b.w -= 2 * slack, b.h -= 2 * slack;
    return a.w > 0 && a.h > 0 && b.w > 0 && b.h > 0 && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h &&
           b.y < a.y + a.h;
}

static void add(char *out, size_t n, const char *sep, const char *s) {
    size_t len = strlen(out);
    if (len && *s) snprintf(out + len, n - len, "%s", sep), len = strlen(out);
    snprintf(out + len, n - len, "%s", s);
}

void framelog_title(const FrameLog *log, int layer, char *out, size_t n) {
    static const TextRole ORDER[] = {TEXT_DISPLAY, TEXT_TITLE, TEXT_HEADING};
    out[0] = '\0';
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < log->n_texts; i++)
            if (log->texts[i].layer == layer && log->texts[i].role == ORDER[k]) {
                snprintf(out, n, "%s", framelog_string(log, &log->texts[i]));
                return;
            }
}

void framelog_focus_words(const FrameLog *log, int layer, char *out, size_t n) {
    out[0] = '\0';
    if (!log->has_focus || log->focus_layer != layer) return;
    for (int i = 0; i < log->n_texts; i++) {
        const FrameText *t = &log->texts[i];
        if (t->layer == layer && inside(t->r, log->focus, 2)) add(out, n, ", ", framelog_string(log, t));
    }
    for (int i = 0; i < log->n_notes; i++)
        if (log->note_layer[i] == layer && inside(log->note_r[i], log->focus, 2)) add(out, n, ", ", log->notes[i]);
}

void framelog_body(const FrameLog *log, int layer, char *out, size_t n) {
    out[0] = '\0';
    for (int i = 0; i < log->n_texts; i++) {
        const FrameText *t = &log->texts[i];
        if (t->layer != layer || t->role != TEXT_BODY) continue;
        if (log->has_focus && log->focus_layer == layer && inside(t->r, log->focus, 2)) continue;
        add(out, n, " ", framelog_string(log, t));
    }
}

static int problem(char *out, size_t n, int count, const char *what, const char *text) {
    size_t len = strlen(out);
    snprintf(out + len, n - len, "%s: \"%.60s\"\n", what, text);
    return count + 1;
}

int framelog_check(const FrameLog *log, int w, int h, int slack, char *out, size_t n) {
    int count = 0;
    out[0] = '\0';
    SDL_Rect screen = {0, 0, w, h};
    for (int i = 0; i < log->n_texts; i++) {
        const FrameText *t = &log->texts[i];
        const char *s = framelog_string(log, t);
        if (!inside(t->r, screen, slack)) {
            count = problem(out, n, count, "outside the screen", s);
            continue;
        }
        for (int b = 0; b < log->n_boxes; b++) {
            const FrameBox *bx = &log->boxes[b];
            if (bx->layer != t->layer || !overlap(t->r, bx->r, slack) || inside(t->r, bx->r, slack)) continue;
            /* A panel may hold a smaller widget: text inside that widget is fine. */
            count = problem(out, n, count,
                            bx->kind == BOX_BUTTON   ? "across a button's edge"
                            : bx->kind == BOX_KEYCAP ? "across a key cap's edge"
                                                     : "across a panel's edge",
                            s);
            break;
        }
        for (int j = i + 1; j < log->n_texts; j++) {
            const FrameText *u = &log->texts[j];
            if (u->layer == t->layer && overlap(t->r, u->r, slack)) {
                char both[140];
                snprintf(both, sizeof both, "%.60s\" and \"%.60s", s, framelog_string(log, u));
                count = problem(out, n, count, "texts overlap", both);
            }
        }
    }
    return count;
}
