/* Connects input, the core session, and the data folder (autosave and summaries). */
#include "app/game.h"

#include "app/vfs.h"
#include "core/save.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void game_init(Game *g) {
    memset(g, 0, sizeof *g);
    library_init(&g->lib);
    decks_load_all(&g->lib, &g->notices);
    session_setup_defaults(&g->setup);
}

void game_free(Game *g) {
    session_destroy(g->session);
    g->session = NULL;
    library_free(&g->lib);
    deck_notices_free(&g->notices);
}

bool game_start(Game *g) {
    session_destroy(g->session);
    g->session = session_create(&g->lib, &g->setup, g->note, sizeof g->note);
    g->last_records = 0;
    g->autosave = g->session && !g->setup.facilitated;
    if (g->session && g->setup.facilitated) game_discard_autosave();
    return g->session != NULL;
}

void game_discard_autosave(void) {
    char err[256];
    if (!vfs_remove(GAME_AUTOSAVE, err, sizeof err)) SDL_Log("Could not delete the autosave: %s", err);
}

void game_close(Game *g) {
    if (g->autosave) game_discard_autosave();
    session_destroy(g->session);
    g->session = NULL;
    g->autosave = false;
}

static void autosave(Game *g) {
    StrBuf b;
    strbuf_init(&b);
    save_write(g->session, &b);
    char err[256];
    /* Nothing the players answered is logged: only whether the write worked. */
    if (b.failed || !vfs_write_atomic(GAME_AUTOSAVE, b.data, b.len, err, sizeof err))
        SDL_Log("Autosave failed: %s", b.failed ? "out of memory" : err);
    strbuf_free(&b);
}

bool game_apply(Game *g, Action a) {
    if (!g->session) return false;
    Phase before = g->session->phase;
    bool changed = session_apply(g->session, a);
    if (!changed) return false;
    Session *s = g->session;
    if (g->autosave) {
        if (s->phase == PHASE_SUMMARY && before != PHASE_SUMMARY) {
            /* The session is over: its answers leave the disk. */
            game_discard_autosave();
        } else if (s->n_records != g->last_records || a.type == ACT_VETO || a.type == ACT_SKIP) {
            autosave(g);
        }
    }
    g->last_records = s->n_records;
    return true;
}

bool game_action_for(const Game *g, const InputEvent *e, Action *out) {
    const Session *s = g->session;
    if (!s) return false;
    *out = (Action){ACT_NONE, e->player, 0};
    switch (e->kind) {
    case INPUT_BREAK:
        out->type = ACT_BREAK;
        return true;
    case INPUT_ANSWER:
        if (s->phase != PHASE_PICK && s->phase != PHASE_COUNTDOWN) return false;
        out->type = ACT_PICK;
        out->value = e->value;
        /* Taking turns, whoever holds the keyboard answers for the player whose turn it is. */
        if (s->setup.mode == MODE_TAKE_TURNS) out->player = s->turn;
        return e->player >= 0 || s->setup.mode == MODE_TAKE_TURNS;
    case INPUT_VETO:
        /* Any time a scenario is showing; the core never records who. */
        out->type = ACT_VETO;
        return e->player >= 0 && s->phase != PHASE_SUMMARY;
    case INPUT_UNLOCK:
        if (s->phase != PHASE_PICK && s->phase != PHASE_COUNTDOWN) return false;
        out->type = ACT_UNLOCK;
        if (s->setup.mode == MODE_TAKE_TURNS) out->player = s->turn;
        return out->player >= 0;
    case INPUT_CONFIRM:
        if (s->on_break || s->paused) {
            out->type = ACT_BREAK;
            return s->on_break;
        }
        out->type = ACT_NEXT;
        out->player = s->phase == PHASE_COVER || s->phase == PHASE_PICK ? s->turn : -1;
        return s->phase == PHASE_INTRO || s->phase == PHASE_REVEAL || s->phase == PHASE_COVER ||
               (s->phase == PHASE_PICK && s->setup.mode == MODE_TAKE_TURNS);
    default:
        return false;
    }
}

bool game_has_autosave(void) { return vfs_data_exists(GAME_AUTOSAVE); }

bool game_resume(Game *g) {
    char err[256];
    size_t len = 0;
    char *bytes = vfs_read_data(GAME_AUTOSAVE, SAVE_MAX_BYTES, &len, err, sizeof err);
    if (!bytes) {
        snprintf(g->note, sizeof g->note, "The saved session could not be read: %s", err);
        return false;
    }
    Session *s = save_read(&g->lib, bytes, len, err, sizeof err);
    free(bytes);
    if (!s) {
        /* Keep the file for a bug report, out of the way of the next autosave. */
        char moved[256];
        vfs_rename_data(GAME_AUTOSAVE, "session.sav.bad", moved, sizeof moved);
        snprintf(g->note, sizeof g->note, "The saved session could not be resumed (%s). It was kept as session.sav.bad.",
                 err);
        return false;
    }
    session_destroy(g->session);
    g->session = s;
    g->setup = s->setup;
    g->setup.n_plan = 0;
    g->autosave = !s->setup.facilitated;
    g->last_records = s->n_records;
    return true;
}

bool game_save_summary(Game *g, const SummaryPrivacy *priv, const char *date, char *path, size_t path_size) {
    if (!g->session) return false;
    Summary sum;
    summary_build(g->session, &sum);
    StrBuf md;
    strbuf_init(&md);
    summary_write_markdown(g->session, &sum, priv, date, &md);
    char name[128];
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(name, sizeof name, "summaries/gray-area-%Y-%m-%d-%H%M.md", &tm);
    char err[256];
    bool ok = !md.failed && vfs_write_atomic(name, md.data, md.len, err, sizeof err);
    strbuf_free(&md);
    if (!ok) {
        snprintf(g->note, sizeof g->note, "The summary could not be saved: %s", md.failed ? "out of memory" : err);
        return false;
    }
    if (!vfs_data_path(name, path, path_size)) snprintf(path, path_size, "%s", name);
    snprintf(g->note, sizeof g->note, "Saved to %s", path);
    return true;
}

int game_available(const Game *g, Category c) {
    int n = 0;
    for (int d = 0; d < g->lib.n_decks; d++) {
        const Deck *deck = g->lib.decks[d];
        if (deck->category != c) continue;
        for (int i = 0; i < deck->n_scenarios; i++) {
            const Scenario *sc = &deck->scenarios[i];
            if (!g->setup.intensities[sc->intensity]) continue;
            if (g->setup.skip_content_notes && sc->content_note) continue;
            if (g->setup.starter_only && !sc->starter) continue;
            n++;
        }
    }
    return n;
}
