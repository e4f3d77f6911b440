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

static bool load(Speech *sp, char *why, size_t n) {
    /* SDL's loader (dlopen here): the same code builds where there is no dlfcn.h (Windows),
     * where the library is simply not found. */
    sp->lib = SDL_LoadObject("libspeechd.so.2");
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
    sp->conn = sp->open("grayarea", "main", NULL, SPD_MODE_SINGLE);
    if (!sp->conn) {
        utf8_snprintf(why, n, "%s", _("Read aloud could not reach speech-dispatcher (is its service able to start?)."));
        SDL_UnloadObject(sp->lib);
        sp->lib = NULL;
        return false;
    }
    return true;
}

bool speech_configure(Speech *sp, bool speak, int rate, int volume, char *why, size_t n) {
    if (n) why[0] = '\0';
    sp->rate = rate < -100 ? -100 : rate > 100 ? 100 : rate;
    sp->volume = volume < -100 ? -100 : volume > 100 ? 100 : volume;
    sp->speak = speak;
    if (!speak) {
        if (sp->conn) sp->cancel(sp->conn);
        return true;
    }
    if (!sp->conn && !sp->failed && !load(sp, why, n)) {
        sp->failed = true;
        SDL_Log("speech: %s", why);
        return false;
    }
    if (!sp->conn) {
        utf8_snprintf(why, n, "%s", _("Read aloud is not available: speech-dispatcher could not be loaded."));
        return false;
    }
    sp->set_rate(sp->conn, sp->rate);
    sp->set_volume(sp->conn, sp->volume);
    if (sp->language[0]) speech_set_language(sp, sp->language);
    return true;
}

void speech_set_language(Speech *sp, const char *code) {
    if (!code || !*code) code = "en";
    if (code != sp->language) snprintf(sp->language, sizeof sp->language, "%s", code);
    /* The pseudo-locale is for the layout check: its voice is English's. */
    if (sp->conn && sp->set_language) sp->set_language(sp->conn, strcmp(code, "qps") ? sp->language : "en");
}

bool speech_active(const Speech *sp) { return sp->log || (sp->speak && sp->conn); }

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
    if (sp->speak && sp->conn) {
        if (way == SPEECH_INTERRUPT) sp->cancel(sp->conn);
        sp->say(sp->conn, SPD_TEXT, line);
    }
}

void speech_close(Speech *sp) {
    if (sp->conn) sp->close(sp->conn);
    if (sp->lib) SDL_UnloadObject(sp->lib);
    if (sp->log) fclose(sp->log);
    memset(sp, 0, sizeof *sp);
}
