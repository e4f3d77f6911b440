/* Core benchmark: prints how long the core takes to load decks and run sessions, and how much
 * memory it uses. It never fails on a timing; the figures are for people to read.
 * Usage: bench_core [SOURCE_DIR] [--runs N] [--hostile] */
#include "core/deck.h"
#include "core/library.h"
#include "core/save.h"
#include "core/session.h"
#include "core/summary.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
#include <malloc.h>
#define HAVE_MALLINFO2 1
#endif

#ifndef GA_SOURCE_DIR
#define GA_SOURCE_DIR "."
#endif

enum { MAX_DECKS = 64 };

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Bytes the program holds on the heap right now (0 when the C library cannot say). */
static size_t heap_in_use(void) {
#ifdef HAVE_MALLINFO2
    struct mallinfo2 mi = mallinfo2();
    return mi.uordblks + mi.hblkhd;
#else
    return 0;
#endif
}

static double proc_status_mb(const char *field) {
    FILE *f = fopen("/proc/self/status", "r");
    if (!f) return -1;
    char line[256];
    size_t n = strlen(field);
    double mb = -1;
    while (fgets(line, sizeof line, f)) {
        if (!strncmp(line, field, n) && line[n] == ':') {
            mb = strtod(line + n + 1, NULL) / 1024.0; /* the kernel reports kB */
            break;
        }
    }
    fclose(f);
    return mb;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = malloc(DECK_MAX_BYTES + 1);
    if (!buf) {
        fclose(f);
        return NULL;
    }
    *len = fread(buf, 1, DECK_MAX_BYTES + 1, f);
    fclose(f);
    buf[*len < DECK_MAX_BYTES ? *len : DECK_MAX_BYTES] = '\0';
    return buf;
}

/* Loads one deck; prints every diagnostic when it fails, since then the figures mean nothing. */
static Deck *load_quiet(const char *name, const char *bytes, size_t len, size_t *warnings) {
    DiagList d;
    diag_init(&d);
    Deck *deck = deck_load(name, bytes, len, &d);
    if (warnings) *warnings = d.warnings;
    if (!deck) {
        for (size_t i = 0; i < d.count && i < 10; i++) {
            char line[1200];
            diag_format(&d.items[i], line, sizeof line);
            fprintf(stderr, "%s\n", line);
        }
    }
    diag_free(&d);
    return deck;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

typedef struct ShippedDeck {
    char name[256];
    char path[4096];
    char *bytes;
    size_t len;
} ShippedDeck;

static int find_decks(const char *dir, ShippedDeck *out, int max) {
    DIR *d = opendir(dir);
    if (!d) return -1;
    char *names[MAX_DECKS];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < max) {
        size_t l = strlen(e->d_name);
        if (l > 5 && !strcmp(e->d_name + l - 5, ".yaml")) names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof *names, cmp_str);
    for (int i = 0; i < n; i++) {
        snprintf(out[i].name, sizeof out[i].name, "%s", names[i]);
        int w = snprintf(out[i].path, sizeof out[i].path, "%s/%s", dir, names[i]);
        free(names[i]);
        out[i].bytes = w > 0 && (size_t)w < sizeof out[i].path ? read_file(out[i].path, &out[i].len) : NULL;
        if (!out[i].bytes) return -1;
    }
    return n;
}

/* ---- (a) shipped decks ------------------------------------------------------------------ */

static void bench_shipped(ShippedDeck *decks, int n, int runs) {
    double best[MAX_DECKS], best_total = 1e30, best_with_io = 1e30;
    size_t heap[MAX_DECKS] = {0}, warnings[MAX_DECKS] = {0};
    int scen[MAX_DECKS] = {0}, cards[MAX_DECKS] = {0};
    for (int i = 0; i < n; i++) best[i] = 1e30;
    for (int r = 0; r < runs; r++) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            size_t h0 = heap_in_use();
            double t0 = now_ms();
            Deck *deck = load_quiet(decks[i].name, decks[i].bytes, decks[i].len, &warnings[i]);
            double t = now_ms() - t0;
            if (!deck) {
                printf("  %s does not load; its figures are meaningless\n", decks[i].name);
                continue;
            }
            heap[i] = heap_in_use() - h0;
            scen[i] = deck->n_scenarios;
            cards[i] = deck_total_cards(deck);
            deck_destroy(deck);
            total += t;
            if (t < best[i]) best[i] = t;
        }
        if (total < best_total) best_total = total;
        /* The same again, reading each file first (warm page cache), as the game does. */
        double t0 = now_ms();
        for (int i = 0; i < n; i++) {
            size_t len;
            char *bytes = read_file(decks[i].path, &len);
            Deck *deck = bytes ? load_quiet(decks[i].name, bytes, len, NULL) : NULL;
            deck_destroy(deck);
            free(bytes);
        }
        double t = now_ms() - t0;
        if (t < best_with_io) best_with_io = t;
    }
    printf("(a) Loading the shipped decks (parse + check from bytes in memory), best of %d runs\n\n", runs);
    printf("  %-18s %8s %6s %6s %10s %10s %5s\n", "deck", "bytes", "scen.", "cards", "load us", "heap KiB",
           "warn");
    size_t sum_bytes = 0, sum_heap = 0;
    int sum_scen = 0, sum_cards = 0;
    double sum_best = 0;
    for (int i = 0; i < n; i++) {
        printf("  %-18s %8zu %6d %6d %10.1f %10.1f %5zu\n", decks[i].name, decks[i].len, scen[i], cards[i],
               best[i] * 1e3, (double)heap[i] / 1024.0, warnings[i]);
        sum_bytes += decks[i].len;
        sum_heap += heap[i];
        sum_scen += scen[i];
        sum_cards += cards[i];
        sum_best += best[i];
    }
    printf("  %-18s %8zu %6d %6d %10.1f %10.1f\n", "all (sum of bests)", sum_bytes, sum_scen, sum_cards,
           sum_best * 1e3, (double)sum_heap / 1024.0);
    printf("\n  all %d decks, best run:            %8.3f ms\n", n, best_total);
    printf("  all %d decks incl. file reads:     %8.3f ms\n", n, best_with_io);
    printf("  per card:                         %8.2f us\n\n", sum_cards ? best_total * 1e3 / sum_cards : 0.0);
}

/* ---- (b) generated decks ------------------------------------------------------------------ */

/* A valid deck of n_scen ladder scenarios, 5 compact cards each, in YAML flow style, so that
 * 10,000 cards fit in 1 MiB. Every card has prompts; the first card has four rules (with
 * conditions), so the checker does all of its work: conditions, graph, ladder steps, mirror. */
static void gen_deck(StrBuf *b, int n_scen) {
    strbuf_puts(b, "format: 1\nid: generated\ntitle: Generated\ncategory: social\nlanguage: en\nscenarios:\n");
    for (int s = 0; s < n_scen; s++) {
        strbuf_printf(b, "- {id: s%d,title: T,intensity: %s,cards: [\n", s, s % 2 ? "honest" : "gentle");
        strbuf_puts(b, "{id: a,step: 1,text: Go,ask: rate,prompts: {same: S,close: C,apart: A},"
                       "next: [{if: both <= 2,go: b},{if: close,go: c},{if: apart,go: d},{go: e}]},\n");
        strbuf_puts(b, "{id: b,step: 2,text: Up,ask: rate,prompts: {same: S,close: C,apart: A}},\n");
        strbuf_puts(b, "{id: c,step: 3,text: Less,ask: rate,prompts: {same: S,close: C,apart: A}},\n");
        strbuf_puts(b, "{id: d,text: You,ask: rate,from: both,prompts: {same: S,close: C,apart: A,mirror: M}},\n");
        strbuf_puts(b, "{id: e,text: Help,ask: choice,question: Q,options: [X,Y],prompts: {same: S,apart: A}}]}\n");
    }
}

static void bench_generated(int runs) {
    static const int sizes[] = {1250, 2500, 5000, 10000};
    printf("(b) Generated decks (5 cards per scenario, flow style), best of %d runs\n\n", runs);
    printf("  %8s %8s %10s %10s %12s %10s %5s\n", "cards", "scen.", "bytes", "load ms", "ms/1000 cards",
           "heap MiB", "warn");
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        StrBuf b;
        strbuf_init(&b);
        gen_deck(&b, sizes[k] / 5);
        double best = 1e30;
        size_t heap = 0, warnings = 0;
        int cards = 0;
        for (int r = 0; r < runs; r++) {
            size_t h0 = heap_in_use();
            double t0 = now_ms();
            Deck *deck = load_quiet("generated.yaml", b.data, b.len, &warnings);
            double t = now_ms() - t0;
            if (!deck) {
                printf("  the generated deck of %d cards does not load\n", sizes[k]);
                best = 0;
                break;
            }
            heap = heap_in_use() - h0;
            cards = deck_total_cards(deck);
            deck_destroy(deck);
            if (t < best) best = t;
        }
        printf("  %8d %8d %10zu %10.2f %12.2f %10.2f %5zu%s\n", cards, sizes[k] / 5, b.len, best,
               cards ? best * 1000.0 / cards : 0.0, (double)heap / (1024.0 * 1024.0), warnings,
               b.len > DECK_MAX_BYTES ? "  (over the 1 MiB limit!)" : "");
        strbuf_free(&b);
    }
    printf("\n");
}

/* ---- (c) a scripted session ---------------------------------------------------------------- */

/* Plays like two people would, plus some noise (breaks, unlocks, going back), until the summary. */
static long play(Session *s, Rng *rng, long max_actions) {
    long n = 0;
    while (s->phase != PHASE_SUMMARY && n < max_actions) {
        Action a = {ACT_NONE, -1, 0};
        uint32_t dice = rng_below(rng, 100);
        if (dice < 2) a = (Action){ACT_BREAK, 0, 0};
        else if (dice < 3 && s->setup.facilitated) a = (Action){ACT_BACK, -1, 0};
        else if (dice < 4 && s->setup.facilitated) a = (Action){ACT_VERDICTS, -1, 0};
        else if (s->on_break) a = (Action){ACT_BREAK, 1, 0};
        else if (s->paused) a = (Action){ACT_PAUSE, -1, 0};
        else {
            switch (s->phase) {
            case PHASE_PICK:
            case PHASE_COUNTDOWN: {
                int p = s->setup.mode == MODE_TAKE_TURNS ? s->turn : (int)rng_below(rng, 2);
                if (s->phase == PHASE_COUNTDOWN && dice < 60) a = (Action){ACT_TICK, -1, 500};
                else if (dice < 8 && session_locked(s, p)) a = (Action){ACT_UNLOCK, p, 0};
                else if (s->setup.mode == MODE_TAKE_TURNS && session_locked(s, p)) a = (Action){ACT_NEXT, p, 0};
                else a = (Action){ACT_PICK, p, 1 + (int)rng_below(rng, (uint32_t)session_option_count(s))};
                break;
            }
            case PHASE_COVER: a = (Action){ACT_NEXT, s->turn, 0}; break;
            default: a = (Action){ACT_NEXT, -1, 0}; break;
            }
        }
        session_apply(s, a);
        n++;
    }
    return n;
}

typedef struct SessionTimes {
    double create, actions, summary, markdown, write, read;
    long n_actions, n_records, save_bytes, md_bytes;
    int sessions, round_trips_ok;
} SessionTimes;

static void script_once(const Library *lib, int sessions, SessionTimes *t) {
    memset(t, 0, sizeof *t);
    for (int i = 0; i < sessions; i++) {
        SessionSetup st;
        session_setup_defaults(&st);
        for (int k = 0; k < INTENSITY_COUNT; k++) st.intensities[k] = true;
        st.length = SESSION_MAX_LENGTH;
        st.guess = i % 2 == 0;
        st.mode = i % 4 < 2 ? MODE_SIDE_BY_SIDE : MODE_TAKE_TURNS;
        st.facilitated = i % 3 == 0;
        st.seed = 1000u + (uint64_t)i;
        snprintf(st.names[0], sizeof st.names[0], "Alex");
        snprintf(st.names[1], sizeof st.names[1], "Sam {p1}");
        char err[256];
        double t0 = now_ms();
        Session *s = session_create(lib, &st, err, sizeof err);
        t->create += now_ms() - t0;
        if (!s) {
            printf("  session_create failed: %s\n", err);
            return;
        }
        Rng rng;
        rng_seed(&rng, st.seed);
        t0 = now_ms();
        t->n_actions += play(s, &rng, 200000);
        t->actions += now_ms() - t0;
        t->n_records += s->n_records;

        Summary sum;
        t0 = now_ms();
        summary_build(s, &sum);
        t->summary += now_ms() - t0;
        StrBuf md;
        strbuf_init(&md);
        t0 = now_ms();
        SummaryDoc *doc = summary_doc_create(s, NULL, "2024-01-01");
        if (doc) summary_doc_markdown(doc, &md);
        summary_doc_destroy(doc);
        t->markdown += now_ms() - t0;
        t->md_bytes += (long)md.len;
        strbuf_free(&md);

        StrBuf sv;
        strbuf_init(&sv);
        t0 = now_ms();
        save_write(s, &sv);
        t->write += now_ms() - t0;
        t->save_bytes += (long)sv.len;
        t0 = now_ms();
        Session *back = save_read(lib, sv.data, sv.len, err, sizeof err);
        t->read += now_ms() - t0;
        if (back) {
            StrBuf again;
            strbuf_init(&again);
            save_write(back, &again);
            if (again.len == sv.len && !memcmp(again.data, sv.data, sv.len)) t->round_trips_ok++;
            strbuf_free(&again);
        } else {
            printf("  save_read refused a fresh save: %s\n", err);
        }
        session_destroy(back);
        strbuf_free(&sv);
        session_destroy(s);
        t->sessions++;
    }
}

static void bench_session(ShippedDeck *decks, int n, int runs) {
    Library lib;
    library_init(&lib);
    for (int i = 0; i < n; i++) {
        Deck *d = load_quiet(decks[i].name, decks[i].bytes, decks[i].len, NULL);
        if (d && !library_add(&lib, d)) deck_destroy(d);
    }
    enum { SESSIONS = 24 };
    SessionTimes best = {0}, t;
    double best_total = 1e30;
    for (int r = 0; r < runs; r++) {
        double t0 = now_ms();
        script_once(&lib, SESSIONS, &t);
        double total = now_ms() - t0;
        if (total < best_total) {
            best_total = total;
            best = t;
        }
    }
    printf("(c) Scripted sessions on the shipped decks: %d sessions of up to %d scenarios, best of %d runs\n\n",
           SESSIONS, SESSION_MAX_LENGTH, runs);
    printf("  %-34s %10s %12s\n", "step", "total ms", "per session");
    printf("  %-34s %10.3f %9.1f us\n", "session_create (deal)", best.create, best.create * 1e3 / SESSIONS);
    printf("  %-34s %10.3f %9.1f us   (%ld actions, %.0f ns each)\n", "session_apply (play to the end)",
           best.actions, best.actions * 1e3 / SESSIONS, best.n_actions,
           best.n_actions ? best.actions * 1e6 / (double)best.n_actions : 0.0);
    printf("  %-34s %10.3f %9.1f us   (%ld cards answered)\n", "summary_build", best.summary,
           best.summary * 1e3 / SESSIONS, best.n_records);
    printf("  %-34s %10.3f %9.1f us   (%ld bytes written)\n", "summary document + Markdown", best.markdown,
           best.markdown * 1e3 / SESSIONS, best.md_bytes);
    printf("  %-34s %10.3f %9.1f us   (%ld bytes written)\n", "save_write", best.write,
           best.write * 1e3 / SESSIONS, best.save_bytes);
    printf("  %-34s %10.3f %9.1f us\n", "save_read", best.read, best.read * 1e3 / SESSIONS);
    printf("  %-34s %10.3f %9.1f us   (round trips identical: %d of %d)\n\n", "everything", best_total,
           best_total * 1e3 / SESSIONS, best.round_trips_ok, best.sessions);
    library_free(&lib);
}

/* ---- (e) hostile inputs (opt-in) ----------------------------------------------------------- */

/* Inputs a broken or hostile pack could hold, at the 1 MiB limit: they must be refused, and soon. */
static void bench_hostile(void) {
    printf("(e) Hostile decks (refused as expected; how long the refusal takes)\n\n");
    printf("  %-44s %10s %10s %10s\n", "input", "bytes", "ms", "errors");
    static const size_t sizes[] = {64 * 1024, 256 * 1024, DECK_MAX_BYTES - 64};
    for (int kind = 0; kind < 2; kind++) {
        for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
            StrBuf b;
            strbuf_init(&b);
            if (kind == 0) {
                for (int i = 0; b.len + 16 < sizes[k]; i++) strbuf_printf(&b, "k%d: 1\n", i);
            } else {
                strbuf_puts(&b, "scenarios:\n");
                for (int i = 0; b.len + 16 < sizes[k]; i++) strbuf_printf(&b, "- id: s%d\n", i);
            }
            DiagList d;
            diag_init(&d);
            double t0 = now_ms();
            Deck *deck = deck_load("hostile.yaml", b.data, b.len, &d);
            double t = now_ms() - t0;
            printf("  %-44s %10zu %10.1f %10zu\n",
                   kind == 0 ? "one mapping with many distinct keys" : "many scenarios with only an id", b.len, t,
                   d.errors);
            deck_destroy(deck);
            diag_free(&d);
            strbuf_free(&b);
        }
    }
    printf("\n");
}

int main(int argc, char **argv) {
    const char *src = GA_SOURCE_DIR;
    int runs = 50;
    bool hostile = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--runs") && i + 1 < argc) runs = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--hostile")) hostile = true;
        else if (argv[i][0] != '-') src = argv[i];
        else {
            fprintf(stderr, "usage: %s [SOURCE_DIR] [--runs N] [--hostile]\n", argv[0]);
            return 2;
        }
    }
    if (runs < 1) runs = 1;
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/scenarios", src);
    static ShippedDeck decks[MAX_DECKS];
    int n = find_decks(dir, decks, MAX_DECKS);
    if (n <= 0) {
        fprintf(stderr, "bench_core: no decks found in %s (pass the source folder as the first argument)\n", dir);
        return 1;
    }
    printf("Gray Area core benchmark: %d shipped decks from %s\n\n", n, dir);
    double start_hwm = proc_status_mb("VmHWM");

    bench_shipped(decks, n, runs);
    bench_generated(runs < 5 ? runs : 5);
    bench_session(decks, n, runs < 5 ? runs : 5);
    printf("(d) Memory\n\n");
    printf("  peak resident (VmHWM):            %8.1f MB  (%.1f MB before the benchmark started)\n",
           proc_status_mb("VmHWM"), start_hwm);
    printf("  resident now (VmRSS):             %8.1f MB\n", proc_status_mb("VmRSS"));
    printf("  deck arenas: see the heap columns of (a) and (b)\n\n");
#ifndef HAVE_MALLINFO2
    printf("  (heap columns are 0: this C library has no mallinfo2)\n\n");
#endif
    if (hostile) {
        bench_hostile();
        printf("  peak resident after the hostile decks: %.1f MB\n", proc_status_mb("VmHWM"));
    }
    for (int i = 0; i < n; i++) free(decks[i].bytes);
    return 0;
}
