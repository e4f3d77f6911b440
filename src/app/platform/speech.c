/* Read aloud through speech-dispatcher, loaded at run time, and the --speech-log. */
#include "app/platform/speech.h"

#include "app/platform/os.h"
#include "core/i18n.h"
#include "core/util.h"

#include <SDL.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

/* From speech-dispatcher's libspeechd.h, which the build does not need. */
enum { SPD_MODE_SINGLE = 0, SPD_IMPORTANT = 1, SPD_MESSAGE = 2, SPD_TEXT = 3 };

bool speech_open_log(Speech *sp, const char *path, char *err, size_t n) {
    sp->log = os_fopen(path, "w");
    if (!sp->log) {
        snprintf(err, n, "cannot write the speech log %s: %s", path, strerror(errno));
        return false;
    }
    return true;
}

static void *sym(Speech *sp, const char *name, bool *ok) {
    void *f = SDL_LoadFunction(sp->lib, name);
    if (!f) *ok = false;
    return f;
}

/* SDL_LoadFunction gives an object pointer; copying it is how C11 turns it into a
 * function pointer without the pedantic warning. */
#define TAKE(field, name)                                                                                              \
    do {                                                                                                               \
        void *p_ = sym(sp, name, &ok);                                                                                 \
        memcpy(&sp->field, &p_, sizeof p_);                                                                            \
    } while (0)

/* The library to load: speech-dispatcher's, or for the tests a stand-in named by
 * GA_SPEECHD_LIB (tests/fake_speechd.c, which never answers). */
static const char *library_name(void) {
    const char *test = SDL_getenv("GA_SPEECHD_LIB");
    return test && *test ? test : "libspeechd.so.2";
}

/* Finds the library and its functions; talks to no daemon (the worker does that). */
static bool load(Speech *sp, char *why, size_t n) {
    /* SDL's loader (dlopen here): the same code builds where there is no dlfcn.h (Windows),
     * where the library is simply not found. */
    sp->lib = SDL_LoadObject(library_name());
    if (!sp->lib) {
        utf8_snprintf(why, n, "%s",
                      _("Read aloud needs speech-dispatcher, which is not installed here (libspeechd.so.2)."));
        return false;
    }
    bool ok = true;
    TAKE(open, "spd_open");
    TAKE(close, "spd_close");
    TAKE(say, "spd_say");
    TAKE(cancel, "spd_cancel");
    TAKE(set_rate, "spd_set_voice_rate");
    TAKE(set_volume, "spd_set_volume");
    /* Optional: an old library without it still speaks, in its default language. */
    void *lang_fn = SDL_LoadFunction(sp->lib, "spd_set_language");
    memcpy(&sp->set_language, &lang_fn, sizeof lang_fn);
    if (!ok) {
        utf8_snprintf(why, n, "%s", _("Read aloud cannot use this speech-dispatcher library: a function is missing."));
        SDL_UnloadObject(sp->lib);
        sp->lib = NULL;
        return false;
    }
    return true;
}

/* What speech-dispatcher is told: the pseudo-locale is for the layout check, with English's voice. */
static const char *voice_code(const Speech *sp) { return strcmp(sp->language, "qps") ? sp->language : "en"; }

static void drop_queue(Speech *sp) {
    for (; sp->count; sp->count--, sp->head = (sp->head + 1) % SPEECH_QUEUE_MAX) {
        SDL_free(sp->queue[sp->head]);
        sp->queue[sp->head] = NULL;
    }
}

/* One library call has returned: the daemon answers. Called with mu held. */
static void call_done(Speech *sp) {
    sp->said_since = 0;
}

/* The worker: connects, then sets, cancels and says what the game hands it, in order.
 * It holds mu except while it is inside the library. */
static int worker_main(void *data) {
    Speech *sp = data;
    void *conn = sp->open("grayarea", "main", NULL, SPD_MODE_SINGLE);
    SDL_LockMutex(sp->mu);
    call_done(sp);
    sp->conn = conn;
    if (!conn) {
        utf8_snprintf(sp->problem, sizeof sp->problem, "%s",
                      _("Read aloud could not reach speech-dispatcher (is its service able to start?). "
                        "The game carries on silently."));
        sp->failed = true;
        drop_queue(sp);
    }
    while (conn && !sp->quit) {
        if (sp->settings_wanted) {
            int rate = sp->rate, volume = sp->volume;
            char language[sizeof sp->language];
            snprintf(language, sizeof language, "%s", sp->language[0] ? voice_code(sp) : "");
            sp->settings_wanted = false;
            SDL_UnlockMutex(sp->mu);
            sp->set_rate(conn, rate);
            sp->set_volume(conn, volume);
            if (language[0] && sp->set_language) sp->set_language(conn, language);
            SDL_LockMutex(sp->mu);
            call_done(sp);
        } else if (sp->cancel_wanted) {
            sp->cancel_wanted = false;
            SDL_UnlockMutex(sp->mu);
            sp->cancel(conn);
            SDL_LockMutex(sp->mu);
            call_done(sp);
        } else if (sp->count) {
            char *line = sp->queue[sp->head];
            sp->queue[sp->head] = NULL;
            sp->head = (sp->head + 1) % SPEECH_QUEUE_MAX;
            sp->count--;
            SDL_UnlockMutex(sp->mu);
            sp->say(conn, SPD_TEXT, line);
            SDL_free(line);
            SDL_LockMutex(sp->mu);
            call_done(sp);
        } else {
            SDL_CondWait(sp->wake, sp->mu);
        }
    }
    drop_queue(sp);
    sp->done = true;
    SDL_CondSignal(sp->gone);
    SDL_UnlockMutex(sp->mu);
    return 0;
}

static bool start_worker(Speech *sp, char *why, size_t n) {
    sp->mu = SDL_CreateMutex();
    sp->wake = SDL_CreateCond();
    sp->gone = SDL_CreateCond();
    if (sp->mu && sp->wake && sp->gone) sp->worker = SDL_CreateThread(worker_main, "speech", sp);
    if (sp->worker) return true;
    utf8_snprintf(why, n, _("Read aloud could not start (%s); the game carries on silently."), SDL_GetError());
    return false;
}

bool speech_configure(Speech *sp, bool speak, int rate, int volume, char *why, size_t n) {
    if (n) why[0] = '\0';
    if (sp->mu) SDL_LockMutex(sp->mu);
    sp->rate = rate < -100 ? -100 : rate > 100 ? 100 : rate;
    sp->volume = volume < -100 ? -100 : volume > 100 ? 100 : volume;
    sp->speak = speak;
    if (sp->worker) {
        if (!speak) {
            drop_queue(sp);
            sp->cancel_wanted = true;
        }
        sp->settings_wanted = true;
        SDL_CondSignal(sp->wake);
    }
    bool failed = sp->failed || sp->stalled;
    if (sp->mu) SDL_UnlockMutex(sp->mu);
    if (!speak || sp->worker) {
        if (speak && failed)
            utf8_snprintf(why, n, "%s", _("Read aloud is not available: speech-dispatcher does not answer."));
        return !(speak && failed);
    }
    if (sp->failed) {
        utf8_snprintf(why, n, "%s", _("Read aloud is not available: speech-dispatcher could not be loaded."));
        return false;
    }
    if (!load(sp, why, n) || !start_worker(sp, why, n)) {
        sp->failed = true;
        SDL_Log("speech: %s", why);
        return false;
    }
    SDL_LockMutex(sp->mu);
    sp->settings_wanted = true;
    SDL_CondSignal(sp->wake);
    SDL_UnlockMutex(sp->mu);
    return true;
}

void speech_set_language(Speech *sp, const char *code) {
    if (!code || !*code) code = "en";
    if (sp->mu) SDL_LockMutex(sp->mu);
    if (code != sp->language) snprintf(sp->language, sizeof sp->language, "%s", code);
    if (sp->worker) { /* the worker tells it, with the rate and volume */
        sp->settings_wanted = true;
        SDL_CondSignal(sp->wake);
    } else if (sp->conn && sp->set_language) {
        sp->set_language(sp->conn, voice_code(sp));
    }
    if (sp->mu) SDL_UnlockMutex(sp->mu);
}

bool speech_active(const Speech *sp) {
    if (sp->log) return true;
    if (!sp->speak || !sp->worker) return false;
    SDL_LockMutex(sp->mu);
    bool ok = !sp->failed && !sp->stalled;
    SDL_UnlockMutex(sp->mu);
    return ok;
}

/* Hands a line to the worker (mu held). A worker that has not come back from one call
 * while many lines were handed over is stuck in it: the game stops speaking and says so. */
static void hand_over(Speech *sp, SpeechWay way, const char *line) {
    if (sp->failed || sp->stalled) return;
    if (++sp->said_since > SPEECH_STALL_AFTER) {
        sp->stalled = true;
        drop_queue(sp);
        utf8_snprintf(sp->problem, sizeof sp->problem, "%s",
                      _("Read aloud stopped: speech-dispatcher is not answering. The game carries on silently; "
                        "start it again to try once more."));
        SDL_Log("speech: speech-dispatcher did not answer while %d lines waited; Read aloud is off for now",
                SPEECH_STALL_AFTER);
        return;
    }
    if (way == SPEECH_INTERRUPT) {
        drop_queue(sp);
        sp->cancel_wanted = true;
    }
    if (sp->count == SPEECH_QUEUE_MAX) { /* the oldest line is the least useful now */
        SDL_free(sp->queue[sp->head]);
        sp->head = (sp->head + 1) % SPEECH_QUEUE_MAX;
        sp->count--;
    }
    char *copy = SDL_strdup(line);
    if (!copy) return;
    sp->queue[(sp->head + sp->count) % SPEECH_QUEUE_MAX] = copy;
    sp->count++;
    SDL_CondSignal(sp->wake);
}

void speech_say(Speech *sp, uint32_t now, SpeechWay way, const char *text) {
    if (!text || !*text || !speech_active(sp)) return;
    char line[2048];
    snprintf(line, sizeof line, "%s", text);
    for (char *c = line; *c; c++)
        if (*c == '\n' || *c == '\r' || *c == '\t') *c = ' ';
    /* A middle dot separates on screen; a voice should pause, not say "dot". */
    for (char *d = strstr(line, " \xC2\xB7 "); d; d = strstr(d + 2, " \xC2\xB7 ")) {
        d[0] = ','; /* " · " (4 bytes) becomes ", " */
        d[1] = ' ';
        memmove(d + 2, d + 4, strlen(d + 4) + 1);
    }
    if (sp->log) {
        fprintf(sp->log, "%u %s\n", (unsigned)now, line);
        fflush(sp->log);
    }
    if (sp->speak && sp->worker) {
        SDL_LockMutex(sp->mu);
        hand_over(sp, way, line);
        SDL_UnlockMutex(sp->mu);
    }
}

bool speech_take_problem(Speech *sp, char *why, size_t n) {
    if (!sp->mu) return false;
    SDL_LockMutex(sp->mu);
    bool any = sp->problem[0] != '\0';
    if (any) {
        snprintf(why, n, "%s", sp->problem);
        sp->problem[0] = '\0';
    }
    SDL_UnlockMutex(sp->mu);
    return any;
}

void speech_close(Speech *sp) {
    if (sp->worker) {
        SDL_LockMutex(sp->mu);
        sp->quit = true;
        drop_queue(sp);
        SDL_CondSignal(sp->wake);
        /* A worker inside a call that never returns is not waited for (a second at most:
         * at quit, not in any test's logic). */
        if (!sp->done && !sp->stalled) SDL_CondWaitTimeout(sp->gone, sp->mu, 1000);
        bool done = sp->done;
        SDL_UnlockMutex(sp->mu);
        if (done) {
            SDL_WaitThread(sp->worker, NULL);
            if (sp->conn) sp->close(sp->conn);
            SDL_DestroyCond(sp->wake);
            SDL_DestroyCond(sp->gone);
            SDL_DestroyMutex(sp->mu);
            if (sp->lib) SDL_UnloadObject(sp->lib);
        } else {
            /* It still runs the library's code: leave it, the library, its lock and this
             * struct (which it reads when the call returns) as they are. */
            SDL_DetachThread(sp->worker);
            sp->worker = NULL;
            if (sp->log) fclose(sp->log);
            sp->log = NULL;
            return;
        }
    } else {
        if (sp->mu) SDL_DestroyMutex(sp->mu);
        if (sp->wake) SDL_DestroyCond(sp->wake);
        if (sp->gone) SDL_DestroyCond(sp->gone);
        if (sp->lib) SDL_UnloadObject(sp->lib);
    }
    if (sp->log) fclose(sp->log);
    memset(sp, 0, sizeof *sp);
}
