/* Input recording (--record) and deterministic playback (--replay) of whole runs. */
#include "app/platform/replay.h"

#include "app/platform/pads.h"
#include "app/platform/settings.h"
#include "app/platform/realfile.h"
#include "app/platform/shortcuts.h"
#include "app/platform/vfs.h"
#include "core/util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_EVENTS = 1000000, MAX_COORD = 16384 };

typedef struct Parser {
    const char *name;
    int line;
    char *err;
    size_t n;
    int want_notices; /* from the "notices N" line */
} Parser;

static bool fail(Parser *p, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static bool fail(Parser *p, const char *fmt, ...) {
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    utf8_vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    utf8_snprintf(p->err, p->n, "%s:%d: %s", p->name, p->line, msg);
    return false;
}

/* Splits off the next space-separated word; a word starting with '"' runs to the
 * closing quote. Returns NULL when the line is used up. */
static char *next_word(char **s) {
    char *p = *s;
    while (*p == ' ' || *p == '\t') p++;
    if (!*p) return *s = p, (char *)NULL;
    char *w = p;
    if (*p == '"') {
        for (p++; *p && *p != '"'; p++)
            if (*p == '\\' && p[1]) p++;
        if (*p == '"') p++;
    } else {
        while (*p && *p != ' ' && *p != '\t') p++;
    }
    if (*p) *p++ = '\0';
    *s = p;
    return w;
}

static bool parse_int(const char *w, long lo, long hi, long *out) {
    if (!w || !*w) return false;
    char *end;
    errno = 0;
    long v = strtol(w, &end, 10);
    if (errno || *end || v < lo || v > hi) return false;
    *out = v;
    return true;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool parse_quoted(Parser *p, const char *w, char *out, size_t n) {
    size_t len = w ? strlen(w) : 0;
    if (len < 2 || w[0] != '"' || w[len - 1] != '"') return fail(p, "text wants a quoted string, like \"Sam\"");
    size_t k = 0;
    for (size_t i = 1; i + 1 < len; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c == '\\') {
            char e = w[++i];
            if (e == '"' || e == '\\')
                c = (unsigned char)e;
            else if (e == 'x' && i + 2 < len - 1 && hexval(w[i + 1]) >= 0 && hexval(w[i + 2]) >= 0) {
                c = (unsigned char)(hexval(w[i + 1]) * 16 + hexval(w[i + 2]));
                i += 2;
            } else
                return fail(p, "unknown escape in text (use \\\", \\\\ or \\xNN)");
        }
        if (c == 0) return fail(p, "text cannot contain a NUL byte");
        if (k + 1 >= n) return fail(p, "text is longer than %zu bytes", n - 1);
        out[k++] = (char)c;
    }
    out[k] = '\0';
    if (utf8_validate(out, k) != k) return fail(p, "text is not valid UTF-8");
    return true;
}

/* Takes a trailing "pad" word off rest; returns whether there was one. */
static bool strip_pad(char *rest) {
    size_t n = strlen(rest);
    while (n && (rest[n - 1] == ' ' || rest[n - 1] == '\t')) n--;
    if (n < 3 || strncmp(rest + n - 3, "pad", 3) != 0) return false;
    if (n > 3 && rest[n - 4] != ' ' && rest[n - 4] != '\t') return false;
    rest[n - 3] = '\0';
    return true;
}

static bool parse_pad(Parser *p, char *rest, InputEvent *ev) {
    char *c = next_word(&rest), *id = next_word(&rest), *seat = next_word(&rest), *type = next_word(&rest);
    int change = c ? pads_change_from_name(c) : -1;
    long v1, v2;
    if (change < 0) return fail(p, "pad wants a change: added, removed, joined, lost, back, refused or knock");
    if (!parse_int(id, 0, 1L << 30, &v1)) return fail(p, "pad wants the controller's instance id (a whole number)");
    if (!parse_int(seat, -1, 1, &v2)) return fail(p, "pad wants a seat (-1, 0 or 1)");
    int t = type ? pads_type_from_name(type) : -1;
    if (t < 0) return fail(p, "pad wants a controller type: generic, xbox360, xboxone, ps3, ps4, ps5 or switch");
    bool needs_seat = change == PAD_JOINED || change == PAD_LOST || change == PAD_BACK;
    if (needs_seat && v2 < 0) return fail(p, "pad %s needs a seat (0 or 1)", c);
    ev->value = change;
    ev->device_id = (int)v1;
    ev->player = (int)v2;
    ev->x = t;
    char *extra = next_word(&rest);
    if (extra) return fail(p, "unexpected '%.*s' after the pad event", utf8_cut(extra, 40), extra);
    return true;
}

static bool parse_event(Parser *p, char *rest, InputKind kind, InputEvent *ev) {
    memset(ev, 0, sizeof *ev);
    ev->kind = kind;
    /* Recorded after the app decided what a controller's button meant (input.h). */
    ev->menu_kind = kind;
    ev->player = -1;
    ev->device = strip_pad(rest) || kind == INPUT_PAD ? DEVICE_GAMEPAD : DEVICE_NONE;
    if (kind == INPUT_PAD) return parse_pad(p, rest, ev);
    const char *kname = input_kind_name(kind);
    char *a = next_word(&rest), *b = NULL;
    long v1 = 0, v2 = 0;
    switch (kind) {
    case INPUT_ANSWER:
        b = next_word(&rest);
        if (!parse_int(a, 0, 1, &v1)) return fail(p, "answer wants a player (0 or 1) and a value (1-4)");
        if (!parse_int(b, 1, 4, &v2)) return fail(p, "answer wants a value from 1 to 4");
        ev->player = (int)v1;
        ev->value = (int)v2;
        break;
    case INPUT_UNLOCK:
    case INPUT_VETO:
        if (!parse_int(a, 0, 1, &v1)) return fail(p, "%s wants a player (0 or 1)", kname);
        ev->player = (int)v1;
        if (kind == INPUT_VETO) {
            /* "veto 0" the key goes down, "veto 0 up" it comes back up */
            char *save = rest, *w = next_word(&rest);
            if (w && !strcmp(w, "up"))
                ev->value = 0;
            else
                ev->value = 1, rest = save;
        }
        break;
    case INPUT_POINTER_MOVE:
    case INPUT_PRESS:
    case INPUT_CLICK:
    case INPUT_RESIZE:
        b = next_word(&rest);
        if (!parse_int(a, kind == INPUT_RESIZE ? 1 : -MAX_COORD, MAX_COORD, &v1) ||
            !parse_int(b, kind == INPUT_RESIZE ? 1 : -MAX_COORD, MAX_COORD, &v2))
            return fail(p, "%s wants two numbers from %d to %d", kname, kind == INPUT_RESIZE ? 1 : -MAX_COORD,
                        MAX_COORD);
        ev->x = (int)v1;
        ev->y = (int)v2;
        break;
    case INPUT_SCROLL:
        if (!parse_int(a, -1000, 1000, &v1) || v1 == 0) return fail(p, "scroll wants a number of lines (not 0)");
        ev->value = (int)v1;
        break;
    case INPUT_TEXT:
        if (!parse_quoted(p, a, ev->text, sizeof ev->text)) return false;
        break;
    case INPUT_KEY:
        if (!parse_int(a, 1, SDL_NUM_SCANCODES - 1, &v1)) return fail(p, "key wants a key's SDL scancode (a number)");
        ev->value = (int)v1;
        break;
    case INPUT_COMMAND:
        v1 = a ? shortcuts_from_name(a) : -1;
        if (v1 <= 0)
            return fail(p, "command wants a name: skip, back, pause, timer, up, down, verdicts, end, save, open, "
                           "rename, remove, pageup or pagedown");
        ev->value = (int)v1;
        break;
    default:
        if (a) {
            if (!parse_int(a, -1, 1, &v1)) return fail(p, "%s takes at most a player (-1, 0 or 1)", kname);
            ev->player = (int)v1;
        }
        break;
    }
    char *extra = next_word(&rest);
    if (extra) return fail(p, "unexpected '%.*s' after the %s event", utf8_cut(extra, 40), extra, kname);
    return true;
}

static bool parse_header(Parser *p, ReplayHeader *r, const char *key, char *rest) {
    char *a = next_word(&rest), *b = NULL;
    long v1, v2;
    if (!strcmp(key, "seed")) {
        if (!a || a[0] == '-') return fail(p, "seed wants a whole number");
        char *end;
        errno = 0;
        unsigned long long s = strtoull(a, &end, 10);
        if (errno || *end) return fail(p, "seed wants a whole number");
        r->seed = (uint64_t)s;
    } else if (!strcmp(key, "size")) {
        b = next_word(&rest);
        if (!parse_int(a, 320, MAX_COORD, &v1) || !parse_int(b, 240, MAX_COORD, &v2))
            return fail(p, "size wants a width (320-%d) and a height (240-%d)", MAX_COORD, MAX_COORD);
        r->w = (int)v1;
        r->h = (int)v2;
    } else if (!strcmp(key, "ui_scale")) {
        char *end;
        double d = a ? strtod(a, &end) : 0;
        if (!a || *end || !(d >= 0.75 - 1e-6 && d <= 2.0 + 1e-6))
            return fail(p, "ui_scale wants a number from 0.75 to 2.00");
        r->ui_scale = (float)d;
    } else if (!strcmp(key, "theme")) {
        if (!a || (strcmp(a, "light") && strcmp(a, "dark"))) return fail(p, "theme wants light or dark");
        r->dark = !strcmp(a, "dark");
    } else if (!strcmp(key, "reduced_motion")) {
        if (!a || (strcmp(a, "yes") && strcmp(a, "no"))) return fail(p, "reduced_motion wants yes or no");
        r->reduced_motion = !strcmp(a, "yes");
    } else if (!strcmp(key, "tv_mode")) {
        if (!a || (strcmp(a, "yes") && strcmp(a, "no"))) return fail(p, "tv_mode wants yes or no");
        r->tv_mode = !strcmp(a, "yes");
    } else if (!strcmp(key, "timer_minutes")) {
        if (!parse_int(a, SETTINGS_TIMER_MIN, SETTINGS_TIMER_MAX, &v1))
            return fail(p, "timer_minutes wants a number of minutes from %d to %d", SETTINGS_TIMER_MIN,
                        SETTINGS_TIMER_MAX);
        r->timer_minutes = (int)v1;
    } else if (!strcmp(key, "notices")) {
        if (!parse_int(a, 0, REPLAY_NOTICE_MAX, &v1))
            return fail(p, "notices wants a count from 0 to %d", REPLAY_NOTICE_MAX);
        if (r->has_notices) return fail(p, "notices given twice");
        r->has_notices = true;
        r->n_notices = 0;
        p->want_notices = (int)v1;
    } else if (!strcmp(key, "notice")) {
        if (!r->has_notices) return fail(p, "a notice line needs a 'notices N' line before it");
        if (r->n_notices >= p->want_notices) return fail(p, "more notice lines than 'notices' said");
        if (!parse_quoted(p, a, r->notices[r->n_notices], REPLAY_NOTICE_LEN)) return false;
        r->n_notices++;
    } else {
        return fail(p, "unknown line '%.*s' (expected a header line or '<ms> <event>')", utf8_cut(key, 40), key);
    }
    char *extra = next_word(&rest);
    if (extra) return fail(p, "unexpected '%.*s' after %s", utf8_cut(extra, 40), extra, key);
    return true;
}

bool replay_parse(Replay *r, const char *name, const char *text, size_t len, char *err, size_t n) {
    memset(r, 0, sizeof *r);
    r->head.w = 1280;
    r->head.h = 720;
    r->head.ui_scale = 1.0f;
    r->head.timer_minutes = SETTINGS_TIMER_DEFAULT;
    Parser p = {name, 0, err, n, 0};
    if (memchr(text, '\0', len)) {
        p.line = 1;
        for (const char *c = text; *c; c++) p.line += *c == '\n';
        fail(&p, "binary data: this is not a replay file");
        return false;
    }
    bool seen_header = false, in_events = false;
    uint32_t last_t = 0;
    int cap = 0;
    const char *s = text, *end = text + len;
    while (s < end) {
        p.line++;
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t ll = nl ? (size_t)(nl - s) : (size_t)(end - s);
        if (ll >= REPLAY_MAX_LINE) {
            fail(&p, "line too long (the limit is %d characters)", REPLAY_MAX_LINE - 1);
            goto bad;
        }
        char buf[REPLAY_MAX_LINE];
        memcpy(buf, s, ll);
        buf[ll] = '\0';
        s = nl ? nl + 1 : end;
        if (ll && buf[ll - 1] == '\r') buf[--ll] = '\0';
        /* A '#' outside quotes starts a comment. */
        bool quoted = false;
        for (char *c = buf; *c; c++) {
            if (*c == '\\' && quoted && c[1])
                c++;
            else if (*c == '"')
                quoted = !quoted;
            else if (*c == '#' && !quoted) {
                *c = '\0';
                break;
            }
        }
        char *rest = buf;
        char *first = next_word(&rest);
        if (!first) continue;
        if (!seen_header) {
            char *ver = next_word(&rest);
            if (strcmp(first, "grayarea-replay") != 0) {
                fail(&p, "not a Gray Area replay (the first line must be 'grayarea-replay 1')");
                goto bad;
            }
            if (!ver || strcmp(ver, "1") != 0 || next_word(&rest)) {
                fail(&p, "unsupported replay version (this game reads 'grayarea-replay 1')");
                goto bad;
            }
            seen_header = true;
            continue;
        }
        if (first[0] >= '0' && first[0] <= '9') {
            long t;
            if (r->head.n_notices < p.want_notices) {
                fail(&p, "'notices %d' announced more notice lines than follow", p.want_notices);
                goto bad;
            }
            if (!parse_int(first, 0, REPLAY_MAX_TIME_MS, &t)) {
                fail(&p, "bad time '%.*s' (milliseconds, 0 to %d)", utf8_cut(first, 20), first, REPLAY_MAX_TIME_MS);
                goto bad;
            }
            if ((uint32_t)t < last_t) {
                fail(&p, "time goes back (%ld after %u)", t, (unsigned)last_t);
                goto bad;
            }
            char *kw = next_word(&rest);
            int kind = kw ? input_kind_from_name(kw) : -1;
            if (kind < 0) {
                fail(&p, "unknown event '%.*s'", utf8_cut(kw ? kw : "", 40), kw ? kw : "");
                goto bad;
            }
            if (r->n == MAX_EVENTS) {
                fail(&p, "too many events (the limit is %d)", MAX_EVENTS);
                goto bad;
            }
            if (r->n == cap) {
                int nc = cap ? cap * 2 : 256;
                ReplayItem *ni = realloc(r->items, (size_t)nc * sizeof *ni);
                if (!ni) {
                    fail(&p, "out of memory");
                    goto bad;
                }
                r->items = ni;
                cap = nc;
            }
            ReplayItem *it = &r->items[r->n];
            it->t = (uint32_t)t;
            if (!parse_event(&p, rest, (InputKind)kind, &it->ev)) goto bad;
            r->n++;
            last_t = (uint32_t)t;
            in_events = true;
        } else {
            if (in_events) {
                fail(&p, "'%.*s': header lines go before the first event", utf8_cut(first, 40), first);
                goto bad;
            }
            if (strcmp(first, "notice") != 0 && r->head.n_notices < p.want_notices) {
                fail(&p, "'notices %d' announced more notice lines than follow", p.want_notices);
                goto bad;
            }
            if (!parse_header(&p, &r->head, first, rest)) goto bad;
        }
    }
    if (!seen_header) {
        p.line = p.line ? p.line : 1;
        fail(&p, "empty file: not a Gray Area replay");
        goto bad;
    }
    return true;
bad:
    replay_free(r);
    return false;
}

bool replay_load(Replay *r, const char *path, char *err, size_t n) {
    size_t len;
    char why[256];
    char *text = vfs_read_real(path, REPLAY_MAX_BYTES, &len, why, sizeof why);
    if (!text) {
        memset(r, 0, sizeof *r);
        utf8_snprintf(err, n, "%s: %s", path, why);
        return false;
    }
    bool ok = replay_parse(r, path, text, len, err, n);
    free(text);
    return ok;
}

void replay_free(Replay *r) {
    free(r->items);
    r->items = NULL;
    r->n = r->pos = 0;
}

const ReplayItem *replay_peek(const Replay *r) { return r->pos < r->n ? &r->items[r->pos] : NULL; }

void replay_pop(Replay *r) {
    if (r->pos < r->n) r->pos++;
}

static void quote(const char *s, char *out, size_t n) {
    size_t k = 0;
    if (n < 3) return;
    out[k++] = '"';
    for (const unsigned char *c = (const unsigned char *)s; *c && k + 6 < n; c++) {
        if (*c == '"' || *c == '\\') {
            out[k++] = '\\';
            out[k++] = (char)*c;
        } else if (*c < 0x20 || *c == 0x7F || *c == '#') {
            k += (size_t)snprintf(out + k, n - k, "\\x%02X", *c);
        } else {
            out[k++] = (char)*c;
        }
    }
    out[k++] = '"';
    out[k] = '\0';
}

void replay_format_event(uint32_t t, const InputEvent *ev, char *out, size_t n) {
    const char *kname = input_kind_name(ev->kind);
    char q[160];
    switch (ev->kind) {
    case INPUT_ANSWER: snprintf(out, n, "%u %s %d %d", (unsigned)t, kname, ev->player, ev->value); break;
    case INPUT_UNLOCK: snprintf(out, n, "%u %s %d", (unsigned)t, kname, ev->player); break;
    case INPUT_VETO: snprintf(out, n, "%u %s %d%s", (unsigned)t, kname, ev->player, ev->value ? "" : " up"); break;
    case INPUT_POINTER_MOVE:
    case INPUT_PRESS:
    case INPUT_CLICK:
    case INPUT_RESIZE: snprintf(out, n, "%u %s %d %d", (unsigned)t, kname, ev->x, ev->y); break;
    case INPUT_SCROLL:
    case INPUT_KEY: snprintf(out, n, "%u %s %d", (unsigned)t, kname, ev->value); break;
    case INPUT_COMMAND: snprintf(out, n, "%u %s %s", (unsigned)t, kname, shortcuts_name((Command)ev->value)); break;
    case INPUT_TEXT:
        quote(ev->text, q, sizeof q);
        snprintf(out, n, "%u %s %s", (unsigned)t, kname, q);
        break;
    case INPUT_PAD:
        snprintf(out, n, "%u %s %s %d %d %s", (unsigned)t, kname, pads_change_name((PadChange)ev->value), ev->device_id,
                 ev->player, pads_type_name((PadType)ev->x));
        return;
    default:
        if (ev->player >= 0)
            snprintf(out, n, "%u %s %d", (unsigned)t, kname, ev->player);
        else
            snprintf(out, n, "%u %s", (unsigned)t, kname);
        break;
    }
    size_t len = strlen(out);
    if (ev->device == DEVICE_GAMEPAD && len + 4 < n) snprintf(out + len, n - len, " pad");
}

bool recorder_open(Recorder *rec, const char *path, const ReplayHeader *h, char *err, size_t n) {
    memset(rec, 0, sizeof *rec);
    char why[VFS_ERR_LEN];
    rec->f = vfs_fopen_file(path, true, why, sizeof why);
    if (!rec->f) {
        utf8_snprintf(err, n, "cannot write the recording %s: %s", path, why);
        return false;
    }
    if (fprintf(rec->f,
                "grayarea-replay 1\nseed %llu\nsize %d %d\nui_scale %.2f\ntheme %s\nreduced_motion %s\ntv_mode %s\n"
                "timer_minutes %d\nnotices %d\n",
                (unsigned long long)h->seed, h->w, h->h, (double)h->ui_scale, h->dark ? "dark" : "light",
                h->reduced_motion ? "yes" : "no", h->tv_mode ? "yes" : "no", h->timer_minutes, h->n_notices) < 0)
        rec->failed = true;
    for (int i = 0; i < h->n_notices && i < REPLAY_NOTICE_MAX; i++) {
        char q[REPLAY_NOTICE_LEN * 4 + 3];
        quote(h->notices[i], q, sizeof q);
        if (fprintf(rec->f, "notice %s\n", q) < 0) rec->failed = true;
    }
    fflush(rec->f);
    return true;
}

void recorder_write(Recorder *rec, uint32_t t, const InputEvent *ev) {
    if (!rec->f) return;
    char line[REPLAY_MAX_LINE];
    replay_format_event(t, ev, line, sizeof line);
    if (fprintf(rec->f, "%s\n", line) < 0) rec->failed = true;
    /* Flushed per event, so a crash still leaves a recording to attach to a report. */
    if (fflush(rec->f) != 0) rec->failed = true;
}

bool recorder_close(Recorder *rec, char *err, size_t n) {
    if (!rec->f) return true;
    bool ok = !rec->failed;
    if (fclose(rec->f) != 0) ok = false;
    rec->f = NULL;
    if (!ok) snprintf(err, n, "writing the recording failed: %s", strerror(errno));
    return ok;
}
