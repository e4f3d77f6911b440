/* Connects input, the core session, and the data folder (autosave and summaries). */
#include "app/game.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/platform/os.h"
#include "app/platform/vfs.h"
#include "core/bilingual.h"
#include "core/plan.h"
#include "core/record.h"
#include "core/save.h"

#include <SDL.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Sets the note shown to the players; long paths are cut, which is fine for a message. */
static void note(Game *g, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void note(Game *g, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    utf8_vsnprintf(g->note, sizeof g->note, fmt, ap);
    va_end(ap);
}

void game_init(Game *g) {
    memset(g, 0, sizeof *g);
    g->hold_player = -1;
    library_init(&g->lib);
    decks_load_all(&g->lib, &g->notices);
    session_setup_defaults(&g->setup);
    g->n_offered = decks_languages(g->offered, (int)(sizeof g->offered / sizeof g->offered[0]));
}

void game_set_language(Game *g, const char *lang) {
    bool read = !lang || !lang[0];
    for (int i = 0; i < g->n_languages && !read; i++) read = !strcmp(g->languages[i], lang);
    if (!read) {
        decks_load_language(&g->lib, lang, &g->notices);
        if (g->n_languages < (int)(sizeof g->languages / sizeof g->languages[0]))
            snprintf(g->languages[g->n_languages++], sizeof g->languages[0], "%s", lang);
        decks_language_notices(&g->lib, lang, &g->notices); /* said once per language */
    }
    library_set_language(&g->lib, lang);
}

void game_set_languages(Game *g, const char *lang0, const char *lang1) {
    if (!lang_same(lang0, lang1)) game_set_language(g, lang1);
    game_set_language(g, lang0);
}

void game_free(Game *g) {
    session_destroy(g->session);
    g->session = NULL;
    library_free(&g->lib);
    deck_notices_free(&g->notices);
    session_in_free(&g->views[0]);
    session_in_free(&g->views[1]);
}

bool game_start(Game *g) {
    session_destroy(g->session);
    game_set_languages(g, g->setup.langs[0], g->setup.langs[1]);
    g->session = session_create(&g->lib, &g->setup, g->note, sizeof g->note);
    g->last_records = 0;
    g->last_pos = 0;
    g->autosave = g->session && !g->setup.facilitated;
    g->hold_player = -1;
    g->undo_open = false;
    /* An older session's save stays until this one has an answer of its own. */
    g->replaces_save = g->session && game_has_autosave();
    return g->session != NULL;
}

void game_set_aside(Game *g) {
    session_destroy(g->session);
    g->session = NULL;
    g->autosave = false;
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
    if (b.failed || !vfs_write_atomic(GAME_AUTOSAVE, b.data, b.len, err, sizeof err)) {
        SDL_Log("Autosave failed: %s", b.failed ? "out of memory" : err);
        utf8_snprintf(
            g->save_problem, sizeof g->save_problem,
            _("Could not keep a copy of this session on disk (%s). Nothing is lost while the game stays open."),
            b.failed ? "out of memory" : err);
    } else {
        g->save_problem[0] = '\0';
    }
    strbuf_free(&b);
}

bool game_apply(Game *g, Action a) {
    if (!g->session) return false;
    Phase before = g->session->phase;
    bool changed = session_apply(g->session, a);
    if (!changed) return false;
    Session *s = g->session;
    bool moved = s->n_records != g->last_records || s->pos != g->last_pos ||
                 (s->phase == PHASE_SUMMARY) != (before == PHASE_SUMMARY) || a.type == ACT_VETO || a.type == ACT_SKIP ||
                 a.type == ACT_UNDO;
    if (moved && g->replaces_save && (s->n_records || a.type == ACT_VETO || a.type == ACT_SKIP)) {
        /* This session has really started: the one it replaces may go. */
        g->replaces_save = false;
        if (!g->autosave) game_discard_autosave();
    }
    if (moved && g->autosave && !g->replaces_save) autosave(g);
    g->last_records = s->n_records;
    g->last_pos = s->pos;
    return true;
}

static bool veto_allowed(const Session *s) { return s && s->phase != PHASE_SUMMARY && !s->on_break && !s->paused; }

Action game_veto_key(Game *g, int player, bool pressed, uint32_t now) {
    const Session *s = g->session;
    if (player < 0 || player > 1 || !veto_allowed(s)) {
        g->hold_player = -1;
        return (Action){ACT_NONE, -1, 0};
    }
    if (!pressed) {
        /* Let go too soon: nothing happens. */
        if (g->hold_player == player) g->hold_player = -1;
        return (Action){ACT_NONE, -1, 0};
    }
    if (game_undo_offered(g, now) && s->can_undo) {
        /* Either key, while the undo is on offer, takes the leaving back. */
        g->undo_open = false;
        g->hold_player = -1;
        return (Action){ACT_UNDO, player, 0};
    }
    g->hold_player = player;
    g->hold_since = now;
    return (Action){ACT_NONE, -1, 0};
}

Action game_veto_tick(Game *g, uint32_t now) {
    if (g->undo_open && (now - g->left_at >= GAME_UNDO_MS || !g->session || !g->session->can_undo))
        g->undo_open = false;
    if (g->hold_player < 0) return (Action){ACT_NONE, -1, 0};
    if (!veto_allowed(g->session)) {
        g->hold_player = -1;
        return (Action){ACT_NONE, -1, 0};
    }
    if (now - g->hold_since < GAME_HOLD_MS) return (Action){ACT_NONE, -1, 0};
    int p = g->hold_player;
    g->hold_player = -1;
    return (Action){ACT_VETO, p, 0};
}

void game_veto_done(Game *g, uint32_t now) {
    g->undo_open = g->session && g->session->can_undo;
    g->left_at = now;
}

float game_veto_progress(const Game *g, uint32_t now, int *player) {
    if (g->hold_player < 0) return -1.0f;
    *player = g->hold_player;
    float t = (float)(now - g->hold_since) / (float)GAME_HOLD_MS;
    return t > 1.0f ? 1.0f : t;
}

bool game_undo_offered(const Game *g, uint32_t now) {
    return g->undo_open && g->session && g->session->can_undo && now - g->left_at < GAME_UNDO_MS;
}

void game_add_time(Game *g, uint32_t ms) {
    if (g->session && ms) session_add_time(g->session, ms);
}

bool game_action_for(const Game *g, const InputEvent *e, Action *out) {
    const Session *s = g->session;
    if (!s) return false;
    *out = (Action){ACT_NONE, e->player, 0};
    switch (e->kind) {
    case INPUT_BREAK: out->type = ACT_BREAK; return true;
    case INPUT_ANSWER:
        if (s->phase != PHASE_PICK && s->phase != PHASE_COUNTDOWN) return false;
        out->type = ACT_PICK;
        out->value = e->value;
        /* Taking turns, whoever holds the keyboard answers for the player whose turn it is. */
        if (s->setup.mode == MODE_TAKE_TURNS) out->player = s->turn;
        return e->player >= 0 || s->setup.mode == MODE_TAKE_TURNS;
    case INPUT_VETO:
        /* A hold, not a press: the screens use game_veto_key and game_veto_tick. */
        return false;
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
               (s->phase == PHASE_PICK && s->setup.mode == MODE_TAKE_TURNS) ||
               (s->phase == PHASE_COUNTDOWN && s->setup.countdown_ms == 0); /* "reveal", with no countdown */
    default: return false;
    }
}

bool game_has_autosave(void) { return vfs_data_exists(GAME_AUTOSAVE); }

/* A save the game cannot use is kept for a bug report, out of the way of the next
 * autosave, and never over one kept before. */
static void set_aside(Game *g, const char *why) {
    char kept[VFS_PATH_MAX], err[VFS_ERR_LEN];
    if (vfs_set_aside(GAME_AUTOSAVE, kept, sizeof kept, err, sizeof err))
        note(g, _("The saved session could not be resumed (%s). It was kept as %s."), why, kept);
    else
        note(g, _("The saved session could not be resumed (%s), and could not be set aside: %s."), why, err);
}

bool game_resume(Game *g) {
    char err[VFS_ERR_LEN];
    size_t len = 0;
    char *bytes = vfs_read_data(GAME_AUTOSAVE, SAVE_MAX_BYTES, &len, err, sizeof err);
    if (!bytes) {
        set_aside(g, err);
        return false;
    }
    Session *s = save_read(&g->lib, bytes, len, err, sizeof err);
    free(bytes);
    if (!s) {
        set_aside(g, err);
        return false;
    }
    session_destroy(g->session);
    g->session = s;
    game_set_languages(g, s->setup.langs[0], s->setup.langs[1]); /* both players' languages, as they were */
    g->setup = s->setup;
    g->setup.n_plan = 0;
    g->autosave = !s->setup.facilitated;
    g->replaces_save = false;
    g->last_records = s->n_records;
    g->last_pos = s->pos;
    return true;
}

static bool write_text(Game *g, const char *name, StrBuf *b) {
    char err[256];
    bool ok = !b->failed && vfs_write_atomic(name, b->data, b->len, err, sizeof err);
    if (!ok) {
        note(g, _("Could not save %s: %s"), name, b->failed ? "out of memory" : err);
        SDL_Log("%s", g->note); /* a path and a reason, never an answer */
    }
    return ok;
}

bool game_save_summary(Game *g, const SummaryOptions *opt, const char *date, const char *stamp) {
    if (!g->session) return false;
    SummaryDoc *doc = summary_doc_create_langs(g->session, opt, date);
    if (!doc) {
        note(g, "%s", _("Could not save the summary: out of memory."));
        return false;
    }
    char md_name[96], html_name[96];
    snprintf(md_name, sizeof md_name, "summaries/gray-area-%s.md", stamp);
    snprintf(html_name, sizeof html_name, "summaries/gray-area-%s.html", stamp);
    StrBuf md, html;
    strbuf_init(&md);
    strbuf_init(&html);
    summary_doc_markdown(doc, &md);
    summary_doc_html(doc, &html);
    summary_doc_destroy(doc);
    bool ok = write_text(g, html_name, &html) && write_text(g, md_name, &md);
    strbuf_free(&md);
    strbuf_free(&html);
    if (ok) {
        char folder[VFS_PATH_MAX];
        if (!vfs_data_path("summaries", folder, sizeof folder)) snprintf(folder, sizeof folder, "summaries");
        /* TRANSLATORS: the file name's middle part (a date), then the folder. */
        note(g, _("Saved gray-area-%s.html and .md in %s"), stamp, folder);
        /* The summary is safe in its own files now; the session's answers leave the disk. */
        if (g->autosave) game_discard_autosave();
    }
    return ok;
}

bool game_save_record(Game *g, const char *date, const char *stamp) {
    if (!g->session) return false;
    char name[96], page[96];
    snprintf(name, sizeof name, "summaries/gray-area-%s-record.md", stamp);
    snprintf(page, sizeof page, "gray-area-%s.html", stamp);
    RecordOptions opt = {.date = date, .plan = g->plan.name[0] ? g->plan.name : NULL, .summary = page};
    StrBuf b;
    strbuf_init(&b);
    record_markdown(g->session, &opt, &b);
    char keep[GAME_NOTE_MAX];
    snprintf(keep, sizeof keep, "%s", g->note);
    bool ok = write_text(g, name, &b);
    strbuf_free(&b);
    /* TRANSLATORS: after "Saved gray-area-….html and .md in FOLDER": what was said before, then the
       file name's middle part. */
    if (ok) note(g, _("%s, and your session record as gray-area-%s-record.md"), keep, stamp);
    return ok;
}

void game_unique_stamp(char *stamp, size_t n) {
    char base[40], name[96];
    snprintf(base, sizeof base, "%s", stamp);
    for (int k = 2; k < 100; k++) {
        snprintf(name, sizeof name, "summaries/gray-area-%s.html", stamp);
        if (!vfs_data_exists(name)) return;
        snprintf(stamp, n, "%.36s-%d", base, k);
    }
}

void game_export_names(const char *stamp, bool record, char *out, size_t n) {
    snprintf(out, n, "gray-area-%s.html, gray-area-%s.md%s%s%s", stamp, stamp, record ? ", gray-area-" : "",
             record ? stamp : "", record ? "-record.md" : "");
}

void game_stamp(char *stamp, size_t n, char *date, size_t date_n) {
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(stamp, n, "%Y-%m-%d-%H%M%S", &tm);
    if (!date) return;
    /* The names are ours, not the C library's (whose locale is never set): in the UI's language. */
    static const char *const DAYS[7] = {N_("Sunday"),   N_("Monday"), N_("Tuesday"), N_("Wednesday"),
                                        N_("Thursday"), N_("Friday"), N_("Saturday")};
    static const char *const MONTHS[12] = {N_("January"),   N_("February"), N_("March"),    N_("April"),
                                           N_("May"),       N_("June"),     N_("July"),     N_("August"),
                                           N_("September"), N_("October"),  N_("November"), N_("December")};
    /* TRANSLATORS: a summary's date: the weekday, the day, the month, the year ("Monday 30
       November 2026"); keep the four in this order (Spanish: "%s %d de %s de %d"). */
    utf8_snprintf(date, date_n, _("%s %d %s %d"), _(DAYS[tm.tm_wday % 7]), tm.tm_mday, _(MONTHS[tm.tm_mon % 12]),
                  tm.tm_year + 1900);
}

void game_summary_png_name(const char *stamp, char *out, size_t size) {
    snprintf(out, size, "summaries/gray-area-%s.png", stamp);
}

/* Removes the regular files in a data sub-folder whose names pass keep() == false. */
static int remove_in(const char *folder, bool (*wanted)(const char *name)) {
    char path[VFS_PATH_MAX];
    if (!vfs_data_path(folder, path, sizeof path)) return 0;
    OsDir *d = os_dir_open(path);
    if (!d) return 0;
    int n = 0;
    const char *e;
    char names[256][256];
    int count = 0;
    while ((e = os_dir_next(d)) && count < 256) {
        if (e[0] == '.' && (e[1] == '\0' || (e[1] == '.' && e[2] == '\0'))) continue;
        if (wanted(e)) snprintf(names[count++], sizeof names[0], "%s", e);
    }
    os_dir_close(d);
    for (int i = 0; i < count; i++) {
        char rel[VFS_PATH_MAX], err[256];
        int w = snprintf(rel, sizeof rel, "%s%s%s", folder, folder[0] ? "/" : "", names[i]);
        if (w < 0 || (size_t)w >= sizeof rel) continue;
        if (vfs_remove(rel, err, sizeof err))
            n++;
        else
            SDL_Log("Could not delete %s: %s", rel, err);
    }
    return n;
}

static bool is_summary(const char *n) { return !strncmp(n, "gray-area-", 10) || str_ends_with(n, ".tmp"); }
static bool is_session(const char *n) { return !strncmp(n, "session.sav", 11); }
static bool is_leftover(const char *n) {
    return str_ends_with(n, ".tmp") || str_ends_with(n, ".bad") || strstr(n, ".tmp.") != NULL ||
           strstr(n, ".bad.") != NULL;
}

bool game_forget_everything(char *report, size_t size) {
    int sessions = remove_in("", is_session);
    int summaries = remove_in("summaries", is_summary);
    int leftovers = remove_in("", is_leftover) + remove_in("plans", is_leftover);
    if (!sessions && !summaries && !leftovers)
        utf8_snprintf(report, size, "%s",
                      _("There was nothing to forget: no saved session, no summaries, no leftovers."));
    else {
        char a[96], b[96], c[96];
        /* TRANSLATORS: the three counts in "Deleted 1 saved session file, 3 summary files and 0
           temporary or backup files." */
        snprintf(a, sizeof a, P_("%d saved session file", "%d saved session files", sessions), sessions);
        utf8_snprintf(b, sizeof b, P_("%d summary file", "%d summary files", summaries), summaries);
        utf8_snprintf(c, sizeof c, P_("%d temporary or backup file", "%d temporary or backup files", leftovers),
                      leftovers);
        /* TRANSLATORS: the three %s are the counted files above, in that order. */
        snprintf(report, size, _("Deleted %s, %s and %s."), a, b, c);
    }
    SDL_Log("Forget everything: %s", report);
    return true;
}

/* Only names the game gave its plans: nothing else in plans/ is read, renamed or deleted. */
static bool plan_file_name(const char *name) {
    size_t len = strlen(name);
    if (len >= GAME_PLAN_FILE_MAX || strncmp(name, "plan-", 5) || !str_ends_with(name, ".txt")) return false;
    for (const char *c = name; *c; c++)
        if (!((*c >= '0' && *c <= '9') || (*c >= 'a' && *c <= 'z') || *c == '-' || *c == '.')) return false;
    return true;
}

static bool write_plan(Game *g, const Plan *plan, const char *file) {
    StrBuf b;
    strbuf_init(&b);
    plan_write(&g->lib, plan, &b);
    char rel[96];
    snprintf(rel, sizeof rel, "plans/%s", file);
    bool ok = write_text(g, rel, &b);
    strbuf_free(&b);
    return ok;
}

bool game_save_plan(Game *g, const char *stamp, const char *date) {
    if (!g->plan.name[0]) snprintf(g->plan.name, sizeof g->plan.name, "%s", date && *date ? date : stamp);
    char file[GAME_PLAN_FILE_MAX];
    if (plan_file_name(g->plan_file))
        snprintf(file, sizeof file, "%s", g->plan_file);
    else
        snprintf(file, sizeof file, "plan-%.40s.txt", stamp);
    if (!write_plan(g, &g->plan, file)) return false;
    snprintf(g->plan_file, sizeof g->plan_file, "%s", file);
    char path[VFS_PATH_MAX], rel[96];
    snprintf(rel, sizeof rel, "plans/%s", file);
    if (!vfs_data_path(rel, path, sizeof path)) snprintf(path, sizeof path, "%s", rel);
    note(g, _("Saved \xE2\x80\x9C%s\xE2\x80\x9D as %s"), g->plan.name, path);
    return true;
}

/* Reads a saved plan; false with err filled when it cannot be read. */
static bool load_plan(const Game *g, const char *file, Plan *plan, char *err, size_t err_size) {
    if (!plan_file_name(file)) {
        utf8_snprintf(err, err_size, "%s", _("that is not a plan's file name"));
        return false;
    }
    char rel[96];
    snprintf(rel, sizeof rel, "plans/%s", file);
    size_t len = 0;
    char *bytes = vfs_read_data(rel, PLAN_MAX_BYTES, &len, err, err_size);
    if (!bytes) return false;
    bool ok = plan_read(&g->lib, bytes, len, plan, err, err_size);
    free(bytes);
    return ok;
}

static int cmp_plans(const void *a, const void *b) {
    return -strcmp(((const SavedPlan *)a)->file, ((const SavedPlan *)b)->file);
}

int game_list_plans(const Game *g, SavedPlan *out, int max) {
    char path[VFS_PATH_MAX];
    if (!vfs_data_path("plans", path, sizeof path)) return 0;
    OsDir *d = os_dir_open(path);
    if (!d) return 0;
    int n = 0;
    const char *e;
    while ((e = os_dir_next(d)) && n < max)
        if (plan_file_name(e)) {
            /* plan_file_name checked the length: it fits. */
            memset(&out[n], 0, sizeof out[n]);
            memcpy(out[n++].file, e, strlen(e) + 1);
        }
    os_dir_close(d);
    qsort(out, (size_t)n, sizeof *out, cmp_plans);
    for (int i = 0; i < n; i++) {
        Plan plan;
        char err[256];
        SavedPlan *sp = &out[i];
        sp->readable = load_plan(g, sp->file, &plan, err, sizeof err);
        snprintf(sp->name, sizeof sp->name, "%s", sp->readable ? plan.name : "");
        sp->scenarios = sp->readable ? plan.n : 0;
        sp->minutes = sp->readable ? plan_minutes(&g->lib, plan.items, plan.n) : 0;
        sp->missing = sp->readable ? plan.missing : 0;
    }
    return n;
}

bool game_open_plan(Game *g, const char *file) {
    Plan plan;
    char err[256];
    if (!load_plan(g, file, &plan, err, sizeof err)) {
        note(g, _("Could not open %s: %s"), file, err);
        return false;
    }
    g->plan = plan;
    snprintf(g->plan_file, sizeof g->plan_file, "%s", file);
    const char *name = plan.name[0] ? plan.name : file;
    if (plan.missing)
        note(g,
             P_("Opened \xE2\x80\x9C%s\xE2\x80\x9D; %d scenario in it is not loaded now and was left out.",
                "Opened \xE2\x80\x9C%s\xE2\x80\x9D; %d scenarios in it are not loaded now and were left out.",
                plan.missing),
             name, plan.missing);
    else
        note(g,
             P_("Opened \xE2\x80\x9C%s\xE2\x80\x9D (%d scenario).", "Opened \xE2\x80\x9C%s\xE2\x80\x9D (%d scenarios).",
                plan.n),
             name, plan.n);
    return true;
}

bool game_rename_plan(Game *g, const char *file, const char *name) {
    Plan plan;
    char err[256], clean[PLAN_NAME_MAX];
    if (!plan_name_clean(name, clean, sizeof clean)) {
        note(g, "%s", _("A plan's name needs at least one letter, on one line."));
        return false;
    }
    if (!load_plan(g, file, &plan, err, sizeof err)) {
        note(g, _("Could not rename %s: %s"), file, err);
        return false;
    }
    if (plan.missing) {
        /* Rewriting would drop the scenarios that are not loaded now. */
        note(g,
             P_("Could not rename it: %d scenario in it is not loaded now, and renaming would lose it.",
                "Could not rename it: %d scenarios in it are not loaded now, and renaming would lose them.",
                plan.missing),
             plan.missing);
        return false;
    }
    snprintf(plan.name, sizeof plan.name, "%s", clean);
    if (!write_plan(g, &plan, file)) return false;
    if (!strcmp(g->plan_file, file)) snprintf(g->plan.name, sizeof g->plan.name, "%s", clean);
    note(g, _("Renamed it \xE2\x80\x9C%s\xE2\x80\x9D."), clean);
    return true;
}

bool game_delete_plan(Game *g, const char *file) {
    char rel[96], err[256];
    if (!plan_file_name(file)) return false;
    snprintf(rel, sizeof rel, "plans/%s", file);
    if (!vfs_remove(rel, err, sizeof err)) {
        note(g, _("Could not delete %s: %s"), file, err);
        return false;
    }
    if (!strcmp(g->plan_file, file)) g->plan_file[0] = '\0';
    note(g, "%s", _("Deleted the plan."));
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
