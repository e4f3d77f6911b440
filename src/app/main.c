/* Entry point: parses the command line, then runs the checker or the game. */
#include "app/app.h"
#include "app/check.h"
#include "app/platform/os.h"
#include "app/platform/terminal.h"
#include "app/transtool.h"
#include "core/deck.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *out) {
    fputs("Usage: grayarea [OPTION]...\n"
          "       grayarea --check PATH...\n"
          "       grayarea --translation-template DECK.yaml LANG [OUT.yaml]\n"
          "       grayarea --translation-refresh DECK.yaml TRANSLATION.yaml KEY...\n"
          "\n"
          "A game for couples about the small things that are and are not okay.\n"
          "\n"
          "  --check PATH...        check deck files, folders of decks and .zip packs;\n"
          "                         exit 0 when clean, 1 on errors\n"
          "  --translation-template DECK.yaml LANG [OUT.yaml]\n"
          "                         write a translation deck of DECK into LANG, ready to\n"
          "                         translate (to OUT.yaml, never over a file; else stdout)\n"
          "  --translation-refresh DECK.yaml TRANSLATION.yaml KEY...\n"
          "                         after re-checking the texts KEY (as --check names them,\n"
          "                         or a scenario or card id for all of its texts) against\n"
          "                         DECK, record that they match its current text\n"
          "  --lang CODE            play in CODE (es, hi...): the game's words and the decks'\n"
          "                         translations, for this run (Settings keeps a choice)\n"
          "  --record FILE          record this run's input to FILE\n"
          "  --replay FILE          play recorded input back from FILE\n"
          "  --screenshot-dir DIR   save a PNG of every new screen into DIR\n"
          "  --data-dir DIR         keep settings and saves in DIR instead of the\n"
          "                         user's data folder\n"
          "  --decks DIR            play the decks in DIR instead of the shipped ones\n"
          "  --size WxH             window size, e.g. 1920x1080\n"
          "  --fullscreen           start in fullscreen\n"
          "  --windowed             start in a window\n"
          "  --seed N               deal scenarios from this seed\n"
          "  --speech-log FILE      write everything Read aloud says to FILE, a line\n"
          "                         each (logical ms, then the words); it may hold\n"
          "                         the answers said at a reveal\n"
          "  --layout-check FILE    write text drawn outside the screen or across a\n"
          "                         widget's edge to FILE (empty when all fits)\n"
          "  --help                 show this help\n"
          "  --version              show the version\n",
          out);
}

static int parse_size(const char *s, int *w, int *h) {
    char *end;
    errno = 0;
    long a = strtol(s, &end, 10);
    if (errno || end == s || (*end != 'x' && *end != 'X')) return 0;
    const char *t = end + 1;
    long b = strtol(t, &end, 10);
    if (errno || end == t || *end) return 0;
    if (a < 320 || b < 240 || a > 16384 || b > 16384) return 0;
    *w = (int)a;
    *h = (int)b;
    return 1;
}

/* The value of an option that takes one; false (with a message) when it is not one. */
static bool set_value(AppOptions *opt, const char *option, const char *v) {
    if (!strcmp(option, "--record")) {
        opt->record_path = v;
    } else if (!strcmp(option, "--replay")) {
        opt->replay_path = v;
    } else if (!strcmp(option, "--screenshot-dir")) {
        opt->screenshot_dir = v;
    } else if (!strcmp(option, "--data-dir")) {
        opt->data_dir = v;
    } else if (!strcmp(option, "--decks")) {
        opt->decks_dir = v;
    } else if (!strcmp(option, "--speech-log")) {
        opt->speech_log = v;
    } else if (!strcmp(option, "--layout-check")) {
        opt->layout_log = v;
    } else if (!strcmp(option, "--lang")) {
        if (!language_code_valid(v)) {
            terminal_error("--lang wants a language code, e.g. es or hi (got '%s')", v);
            return false;
        }
        opt->lang = v;
    } else if (!strcmp(option, "--size")) {
        if (!parse_size(v, &opt->width, &opt->height)) {
            terminal_error("--size wants WIDTHxHEIGHT, e.g. 1280x720 (got '%s')", v);
            return false;
        }
    } else {
        char *end;
        errno = 0;
        unsigned long long n = strtoull(v, &end, 10);
        if (errno || end == v || *end || v[0] == '-') {
            terminal_error("--seed wants a whole number (got '%s')", v);
            return false;
        }
        opt->has_seed = true;
        opt->seed = (uint64_t)n;
    }
    return true;
}

int main(int argc, char **argv) {
    os_init(&argc, &argv);
    terminal_install(); /* after os_init: on Windows the console is attached there */
    AppOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.ask_language = true; /* a first start asks; --lang and --replay never do (app.c) */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *needs = NULL;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--version")) {
            printf("grayarea %s\n", GA_VERSION_STRING);
            return 0;
        } else if (!strcmp(a, "--check")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "grayarea: --check needs at least one file, folder or .zip\n");
                return 2;
            }
            return check_paths(argc - i - 1, argv + i + 1, stdout, argv[0]);
        } else if (!strcmp(a, "--translation-template")) {
            int n = argc - i - 1;
            if (n < 2 || n > 3) {
                fprintf(stderr, "grayarea: --translation-template wants DECK.yaml LANG [OUT.yaml]\n");
                return 2;
            }
            return transtool_template(argv[i + 1], argv[i + 2], n == 3 ? argv[i + 3] : NULL, stdout, stderr);
        } else if (!strcmp(a, "--translation-refresh")) {
            if (argc - i - 1 < 3) {
                fprintf(stderr, "grayarea: --translation-refresh wants DECK.yaml TRANSLATION.yaml and at least one "
                                "KEY (a text's key as --check prints it)\n");
                return 2;
            }
            return transtool_refresh(argv[i + 1], argv[i + 2], argc - i - 3, argv + i + 3, stdout, stderr);
        } else if (!strcmp(a, "--fullscreen")) {
            opt.fullscreen = true;
        } else if (!strcmp(a, "--windowed")) {
            opt.windowed = true;
        } else if (!strcmp(a, "--record") || !strcmp(a, "--replay") || !strcmp(a, "--screenshot-dir") ||
                   !strcmp(a, "--data-dir") || !strcmp(a, "--decks") || !strcmp(a, "--size") || !strcmp(a, "--seed") ||
                   !strcmp(a, "--lang") || !strcmp(a, "--speech-log") || !strcmp(a, "--layout-check")) {
            needs = a;
        } else {
            terminal_error("unknown option '%s'", a);
            fputc('\n', stderr);
            usage(stderr);
            return 2;
        }
        if (!needs) continue;
        if (i + 1 >= argc || argv[i + 1][0] == '\0') {
            fprintf(stderr, "grayarea: %s needs a value\n", needs);
            return 2;
        }
        if (!set_value(&opt, needs, argv[++i])) return 2;
    }
    if (opt.record_path && opt.replay_path) {
        fprintf(stderr, "grayarea: --record and --replay cannot be used together\n");
        return 2;
    }
    return app_run(&opt);
}
