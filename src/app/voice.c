/* What Read aloud says, and when: a screen's words as it comes in, changes, and on "read
 * again". See voice.h for the rule that keeps hidden picks hidden. */
#include "app/voice.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/app.h"
#include "app/game.h"
#include "app/notice.h"
#include "core/summary.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void voice_add(char *field, size_t size, const char *fmt, ...) {
    size_t len = strlen(field);
    if (len + 1 >= size) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(field + len, size - len, fmt, ap);
    va_end(ap);
}

void voice_say(App *app, const char *text) { speech_say(&app->speech, app->now, SPEECH_QUEUE, text); }

void voice_settings_changed(App *app) {
    const Settings *s = &app->settings;
    char why[300];
    bool was_failed = app->speech.failed;
    if (!speech_configure(&app->speech, s->read_aloud, s->speech_rate, s->speech_volume * 2 - 100, why, sizeof why) &&
        !was_failed && why[0])
        notice_toast(app, why);
    app->frame.on = speech_active(&app->speech) || app->frame.on;
}

void voice_lock_status(App *app, char *out, size_t n) {
    const Session *s = app->game->session;
    out[0] = '\0';
    if (!s || s->setup.mode != MODE_SIDE_BY_SIDE) return;
    bool a = session_locked(s, 0), b = session_locked(s, 1);
    if (a && b) {
        int ms = s->setup.countdown_ms;
        if (ms <= 0)
            utf8_snprintf(out, n, "%s", _("Both locked in. Either of you can press Enter to reveal."));
        else if (ms % 1000)
            utf8_snprintf(out, n, _("Both locked in. The reveal comes in %d.%d seconds; change a pick to wait."),
                          ms / 1000, ms % 1000 / 100);
        else
            utf8_snprintf(out, n,
                          P_("Both locked in. The reveal comes in %d second; change a pick to wait.",
                             "Both locked in. The reveal comes in %d seconds; change a pick to wait.", ms / 1000),
                          ms / 1000);
    } else if (a || b) {
        utf8_snprintf(out, n, _("%s is locked in."), session_name(s, a ? 0 : 1));
    }
}

void voice_summary(const SummaryDoc *doc, VoiceText *v) {
    if (!doc) return;
    char *b = v->body;
    size_t n = sizeof v->body;
    snprintf(v->title, sizeof v->title, "%s.", doc->title);
    voice_add(b, n, "%s. %s", doc->subtitle ? doc->subtitle : "", doc->lead ? doc->lead : "");
    if (doc->notice) voice_add(b, n, " %s", doc->notice);
    for (int i = 0; i < doc->n_sections; i++) {
        const SumSection *sec = &doc->sections[i];
        voice_add(b, n, " %s.", sec->heading);
        if (sec->intro) voice_add(b, n, " %s", sec->intro);
        if (!sec->n_items && sec->empty) voice_add(b, n, " %s", sec->empty);
        for (int k = 0; k < sec->n_items; k++) {
            const SumItem *it = &sec->items[k];
            if (it->title) voice_add(b, n, " %s:", it->title);
            if (it->text) voice_add(b, n, " %s", it->text);
            if (sec->kind == SUMSEC_MAP)
                voice_add(b, n, _(" %d same page, %d close, %d different views, of %d."), it->counts[0], it->counts[1],
                          it->counts[2], it->total);
            for (int r = 0; r < it->n_rows; r++) {
                const SumRow *row = &it->rows[r];
                if (row->player >= 0) {
                    voice_add(b, n, " %s.", row->text);
                    continue;
                }
                if (row->label) voice_add(b, n, " %s:", row->label);
                for (int p = 0; p < 2; p++)
                    if (row->answer[p])
                        voice_add(b, n, _(" %s said %s%s"), doc->names[p], row->answer[p], p ? "." : ";");
                if (row->verdict) voice_add(b, n, " %s.", row->verdict);
            }
        }
    }
    if (doc->footer) voice_add(b, n, " %s", doc->footer);
}

/* What the top screen says now: its own words, or what it drew. */
static void words_of(App *app, const Screen *top, VoiceText *v) {
    memset(v, 0, sizeof *v);
    int layer = app->screens.depth - 1;
    if (top->voice) {
        top->voice(app, v);
        if (top->answers) {
            v->focus[0] = '\0'; /* never on a card being answered */
            return;
        }
        /* Its own words, and the focus as drawn when it gives none. */
        if (!v->focus[0]) {
            if (app->dirty || app->frame.n_texts == 0) screen_draw(app);
            framelog_focus_words(&app->frame, layer, v->focus, sizeof v->focus);
        }
        return;
    }
    /* The frame log must show the screen as it is now. */
    if (app->dirty || app->frame.n_texts == 0) screen_draw(app);
    framelog_title(&app->frame, layer, v->title, sizeof v->title);
    framelog_body(&app->frame, layer, v->body, sizeof v->body);
    framelog_focus_words(&app->frame, layer, v->focus, sizeof v->focus);
}

static void say(App *app, SpeechWay way, const char *a, const char *b) {
    if (!*a && !*b) return;
    char line[VOICE_TITLE_MAX + VOICE_BODY_MAX + 4];
    snprintf(line, sizeof line, "%s%s%s", a, *a && *b ? " " : "", b);
    speech_say(&app->speech, app->now, way, line);
}

void voice_follow(App *app) {
    char why[SPEECH_PROBLEM_MAX];
    if (speech_take_problem(&app->speech, why, sizeof why)) notice_toast(app, why);
    if (!speech_active(&app->speech)) return;
    const Screen *top = screen_top(app);
    if (!top) return;
    Voice *vo = &app->voice;
    unsigned serial = screen_top_serial(app);
    static VoiceText now; /* big; voice_follow never runs inside itself */
    words_of(app, top, &now);
    const VoiceText *was = &vo->last;
    if (serial != vo->serial) {
        bool fresh = serial > vo->seen;
        /* A screen coming in is said whole; one coming back from under an overlay says
         * its title, and its status and focus, so nobody hears a whole card twice. */
        say(app, vo->seen ? SPEECH_INTERRUPT : SPEECH_QUEUE, now.title, fresh ? now.body : "");
        say(app, SPEECH_QUEUE, now.status, "");
        say(app, SPEECH_QUEUE, now.focus, "");
        vo->serial = serial;
        if (serial > vo->seen) vo->seen = serial;
    } else {
        bool own = top->voice != NULL;
        if (strcmp(now.title, was->title))
            say(app, SPEECH_QUEUE, now.title, own ? now.body : "");
        else if (own && strcmp(now.body, was->body))
            say(app, SPEECH_QUEUE, now.body, "");
        if (strcmp(now.status, was->status)) say(app, SPEECH_QUEUE, now.status, "");
        if (strcmp(now.focus, was->focus)) say(app, SPEECH_INTERRUPT, now.focus, "");
    }
    vo->last = now;
}

void voice_read_again(App *app) {
    const Screen *top = screen_top(app);
    if (!top || !speech_active(&app->speech)) return;
    static VoiceText now;
    words_of(app, top, &now);
    say(app, SPEECH_INTERRUPT, now.title, now.body);
    say(app, SPEECH_QUEUE, now.status, "");
    say(app, SPEECH_QUEUE, now.focus, "");
    app->voice.last = now;
}
