/* Gamepads: two seats, hotplug keyed by instance id, mappings, rumble and player lights. */
#include "app/platform/pads.h"

#include "core/i18n.h"

#include "app/platform/vfs.h"
#include "core/util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <errno.h>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>
#endif

enum {
    STICK_ON = 20000, /* the left stick counts as an arrow past this... */
    STICK_OFF = 9000, /* ...and lets go under this, so a wobble is not two presses */
    DB_LINE_MAX = 4096,
};

static const char *const TYPE_NAMES[PAD_TYPE_COUNT] = {
    [PAD_GENERIC] = "generic", [PAD_XBOX360] = "xbox360", [PAD_XBOXONE] = "xboxone", [PAD_PS3] = "ps3",
    [PAD_PS4] = "ps4",         [PAD_PS5] = "ps5",         [PAD_SWITCH] = "switch",
};

static const char *const TYPE_TITLES[PAD_TYPE_COUNT] = {
    [PAD_GENERIC] = N_("Controller"),
    [PAD_XBOX360] = "Xbox 360 controller",
    [PAD_XBOXONE] = "Xbox controller",
    [PAD_PS3] = "PlayStation 3 controller",
    [PAD_PS4] = "DualShock 4",
    [PAD_PS5] = "DualSense",
    [PAD_SWITCH] = "Switch Pro Controller",
};

static const char *const CHANGE_NAMES[PAD_CHANGE_COUNT] = {
    [PAD_ADDED] = "added", [PAD_REMOVED] = "removed", [PAD_JOINED] = "joined", [PAD_LOST] = "lost",
    [PAD_BACK] = "back",   [PAD_REFUSED] = "refused", [PAD_KNOCK] = "knock",
};

const char *pads_type_name(PadType t) { return (unsigned)t < PAD_TYPE_COUNT ? TYPE_NAMES[t] : "generic"; }
const char *pads_type_title(PadType t) {
    return _((unsigned)t < PAD_TYPE_COUNT ? TYPE_TITLES[t] : TYPE_TITLES[PAD_GENERIC]);
}
const char *pads_change_name(PadChange c) { return (unsigned)c < PAD_CHANGE_COUNT ? CHANGE_NAMES[c] : "added"; }

static int index_of(const char *const *names, int n, const char *name) {
    for (int i = 0; i < n; i++)
        if (!strcmp(names[i], name)) return i;
    return -1;
}

int pads_type_from_name(const char *name) { return index_of(TYPE_NAMES, PAD_TYPE_COUNT, name); }
int pads_change_from_name(const char *name) { return index_of(CHANGE_NAMES, PAD_CHANGE_COUNT, name); }

PadType pads_type_from_sdl(int t) {
    switch (t) {
    case SDL_CONTROLLER_TYPE_XBOX360: return PAD_XBOX360;
    /* These put A, B, X and Y where an Xbox pad does. */
    case SDL_CONTROLLER_TYPE_XBOXONE:
    case SDL_CONTROLLER_TYPE_AMAZON_LUNA:
    case SDL_CONTROLLER_TYPE_GOOGLE_STADIA:
    case SDL_CONTROLLER_TYPE_NVIDIA_SHIELD: return PAD_XBOXONE;
    case SDL_CONTROLLER_TYPE_PS3: return PAD_PS3;
    case SDL_CONTROLLER_TYPE_PS4: return PAD_PS4;
    case SDL_CONTROLLER_TYPE_PS5: return PAD_PS5;
    case SDL_CONTROLLER_TYPE_NINTENDO_SWITCH_PRO:
    case SDL_CONTROLLER_TYPE_NINTENDO_SWITCH_JOYCON_PAIR: return PAD_SWITCH;
    /* A single Joy-Con is held sideways: its labels are not where the answers are. */
    default: return PAD_GENERIC;
    }
}

bool pads_yes_is_right(PadType t) { return t == PAD_SWITCH; }

/* ---- mappings ------------------------------------------------------------------------- */

/* A mapping line starts with a 32-digit hex GUID (or "xinput"), then a name. */
static bool looks_like_mapping(const char *line) {
    const char *comma = strchr(line, ',');
    if (!comma || !strchr(comma + 1, ',')) return false;
    size_t n = (size_t)(comma - line);
    if (n == 6 && !strncmp(line, "xinput", 6)) return true;
    if (n != 32) return false;
    for (size_t i = 0; i < n; i++)
        if (!strchr("0123456789abcdefABCDEF", line[i])) return false;
    return true;
}

/* "platform:Linux," says which system a line is for; none means any. */
static bool for_this_platform(const char *line) {
    const char *f = strstr(line, "platform:");
    if (!f) return true;
    f += strlen("platform:");
    const char *me = SDL_GetPlatform();
    size_t n = strlen(me);
    return !SDL_strncasecmp(f, me, n) && (f[n] == ',' || f[n] == '\0');
}

int pads_add_mappings(const char *text, size_t len, int *bad, char *err, size_t err_size) {
    int added = 0, line_no = 0;
    *bad = 0;
    if (err_size) err[0] = '\0';
    const char *s = text, *end = text + len;
    char line[DB_LINE_MAX];
    while (s < end) {
        line_no++;
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
        const char *start = s;
        s = nl ? nl + 1 : end;
        while (n && (start[n - 1] == '\r' || start[n - 1] == ' ' || start[n - 1] == '\t')) n--;
        while (n && (*start == ' ' || *start == '\t')) start++, n--;
        if (n == 0 || *start == '#') continue;
        const char *why = NULL;
        if (n >= sizeof line)
            why = "the line is too long";
        else if (memchr(start, '\0', n))
            why = "the line holds binary data";
        if (!why) {
            memcpy(line, start, n);
            line[n] = '\0';
            if (!looks_like_mapping(line))
                why = "not a mapping (expected GUID,name,mapping...)";
            else if (!for_this_platform(line))
                continue;
            else if (SDL_GameControllerAddMapping(line) < 0)
                why = SDL_GetError();
            else
                added++;
        }
        if (why) {
            if (*bad == 0 && err_size) utf8_snprintf(err, err_size, "line %d: %s", line_no, why);
            (*bad)++;
        }
    }
    return added;
}

void pads_init(Pads *p, char *notice, size_t n) {
    memset(p, 0, sizeof *p);
    for (int s = 0; s < PADS_SEATS; s++) p->seat[s].id = -1;
    p->rumble = true;
    if (n) notice[0] = '\0';
    /* Report face buttons by where they sit, not by what they say: SDL 2.26 otherwise
     * swaps A/B and X/Y on Nintendo controllers to match their labels. Answers are
     * bound to positions (input.h) and glyphs.c draws each family's own labels there. */
    SDL_SetHint(SDL_HINT_GAMECONTROLLER_USE_BUTTON_LABELS, "0");
    /* SDL would poll every millisecond while a controller is plugged in (about 2% of a
     * CPU doing nothing); the app reads them itself every PADS_POLL_MS (pads_update). */
    SDL_SetHint(SDL_HINT_AUTO_UPDATE_JOYSTICKS, "0");
    /* A notification that steals the window's focus must not leave a couple on the sofa
     * with dead controllers and no keyboard at hand. */
    SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1");
    /* Before the subsystem starts: controllers already plugged in are matched then. */
    if (vfs_data_exists(PADS_DB_NAME)) {
        char err[256], path[VFS_PATH_MAX];
        size_t len = 0;
        if (!vfs_data_path(PADS_DB_NAME, path, sizeof path)) snprintf(path, sizeof path, "%s", PADS_DB_NAME);
        char *text = vfs_read_data(PADS_DB_NAME, PADS_DB_MAX_BYTES, &len, err, sizeof err);
        if (!text) {
            utf8_snprintf(notice, n,
                          "Your controller mappings (%.*s) could not be read: %s. The built-in ones are used.",
                          utf8_cut(path, 300), path, err);
        } else {
            int bad = 0;
            int added = pads_add_mappings(text, len, &bad, err, sizeof err);
            free(text);
            SDL_Log("pads: %d mapping%s added from %s", added, added == 1 ? "" : "s", path);
            if (bad)
                utf8_snprintf(notice, n,
                              "%d line%s of your controller mappings (%.*s) could not be used, for example %s. The "
                              "other %d mapping%s and the built-in ones are used.",
                              bad, bad == 1 ? "" : "s", utf8_cut(path, 300), path, err, added, added == 1 ? "" : "s");
        }
    }
    if (SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) != 0) {
        SDL_Log("pads: no controller support: %s", SDL_GetError());
        if (n && !notice[0])
            snprintf(notice, n, "Controllers cannot be used on this system (%s). The keyboard works as usual.",
                     SDL_GetError());
        return;
    }
    p->started = true;
    p->repeat_event = SDL_RegisterEvents(2);
    if (p->repeat_event == (uint32_t)-1) p->repeat_event = 0;
    p->wake_event = p->repeat_event ? p->repeat_event + 1 : 0;
    /* Without the watch the loop still sleeps (no polling): a controller plugged in
     * meanwhile is found with the next event. */
    if (!pads_watch(p, "/dev/input")) SDL_Log("pads: a new controller is noticed with the next event");
}

/* ---- noticing new controllers while idle ---------------------------------------------- */

typedef struct PadsWatch {
    SDL_Thread *thread;
    int fd, stop[2];
    uint32_t event;
} PadsWatch;

#ifdef __linux__
static int watch_thread(void *data) {
    PadsWatch *w = data;
    char buf[4096];
    for (;;) {
        struct pollfd fds[2] = {{w->fd, POLLIN, 0}, {w->stop[0], POLLIN, 0}};
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (fds[1].revents) break;
        if (!(fds[0].revents & POLLIN) || read(w->fd, buf, sizeof buf) <= 0) break;
        /* Wake the loop: its next pads_update lets SDL look for the new device. */
        SDL_Event ev;
        SDL_zero(ev);
        ev.type = w->event;
        SDL_PushEvent(&ev);
    }
    return 0;
}
#endif

bool pads_watch(Pads *p, const char *dir) {
#ifdef __linux__
    if (p->watch || !p->wake_event) return false;
    PadsWatch *w = calloc(1, sizeof *w);
    if (!w) return false;
    w->event = p->wake_event;
    w->fd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (w->fd < 0 || inotify_add_watch(w->fd, dir, IN_CREATE | IN_ATTRIB) < 0 || pipe(w->stop) != 0) {
        SDL_Log("pads: cannot watch %s: %s", dir, strerror(errno));
        if (w->fd >= 0) close(w->fd);
        free(w);
        return false;
    }
    w->thread = SDL_CreateThread(watch_thread, "pads-watch", w);
    if (!w->thread) {
        close(w->fd);
        close(w->stop[0]);
        close(w->stop[1]);
        free(w);
        return false;
    }
    p->watch = w;
    return true;
#else
    (void)p;
    (void)dir;
    return false;
#endif
}

void pads_unwatch(Pads *p) {
#ifdef __linux__
    PadsWatch *w = p->watch;
    if (!w) return;
    ssize_t ignored = write(w->stop[1], "x", 1);
    (void)ignored;
    SDL_WaitThread(w->thread, NULL);
    close(w->fd);
    close(w->stop[0]);
    close(w->stop[1]);
    free(w);
    p->watch = NULL;
#else
    (void)p;
#endif
}

int pads_update(Pads *p) { return pads_update_at(p, SDL_GetTicks64()); }

int pads_update_at(Pads *p, uint64_t now) {
    if (!p->started) return 0;
    SDL_GameControllerUpdate();
    p->now = now;
    /* A direction held in a menu repeats, as a held key does. */
    for (int i = 0; i < p->n_dev && p->repeat_event; i++) {
        PadDevice *d = &p->dev[i];
        if (d->held < 0 || now < d->repeat_at) continue;
        d->repeat_at = now + PADS_REPEAT_MS;
        SDL_Event ev;
        SDL_zero(ev);
        ev.type = p->repeat_event;
        ev.user.code = d->id;
        ev.user.data1 = (void *)(intptr_t)d->held;
        SDL_PushEvent(&ev);
    }
    return p->n_dev > 0 ? PADS_POLL_MS : 0;
}

void pads_quit(Pads *p) {
    pads_unwatch(p);
    for (int i = 0; i < p->n_dev; i++) SDL_GameControllerClose(p->dev[i].gc);
    p->n_dev = 0;
    if (p->started) SDL_QuitSubSystem(SDL_INIT_GAMECONTROLLER);
    p->started = false;
}

/* ---- lookups ---------------------------------------------------------------------------- */

static PadDevice *find_dev(Pads *p, int id) {
    for (int i = 0; i < p->n_dev; i++)
        if (p->dev[i].id == id) return &p->dev[i];
    return NULL;
}

static PadKnown *find_known(Pads *p, int id) {
    for (int i = 0; i < p->n_known; i++)
        if (p->known[i].id == id) return &p->known[i];
    return NULL;
}

int pads_seat_of(const Pads *p, int id) {
    for (int s = 0; s < PADS_SEATS; s++)
        if (p->seat[s].state == SEAT_PAD && p->seat[s].id == id) return s;
    return -1;
}

bool pads_seated(const Pads *p, int seat, PadType *type) {
    if (seat < 0 || seat >= PADS_SEATS || p->seat[seat].state == SEAT_KEYBOARD) return false;
    if (type) *type = p->seat[seat].type;
    return true;
}

int pads_seated_count(const Pads *p) {
    int n = 0;
    for (int s = 0; s < PADS_SEATS; s++) n += p->seat[s].state == SEAT_PAD;
    return n;
}

bool pads_any_lost(const Pads *p) {
    for (int s = 0; s < PADS_SEATS; s++)
        if (p->seat[s].state == SEAT_LOST) return true;
    return false;
}

int pads_unseated_count(const Pads *p, PadType *type) {
    int n = 0;
    for (int i = 0; i < p->n_known; i++) {
        if (p->known[i].seat >= 0) continue;
        if (n == 0 && type) *type = p->known[i].type;
        n++;
    }
    return n;
}

static bool seats_full(const Pads *p) {
    for (int s = 0; s < PADS_SEATS; s++)
        if (p->seat[s].state == SEAT_KEYBOARD) return false;
    return true;
}

/* The seat a controller without one may take now, or -1. */
static int free_seat(const Pads *p) {
    if (p->joining == JOIN_NONE) return -1;
    for (int s = 0; s < PADS_SEATS; s++)
        if (p->seat[s].state == SEAT_LOST) return s;
    if (p->joining == JOIN_ANY)
        for (int s = 0; s < PADS_SEATS; s++)
            if (p->seat[s].state == SEAT_KEYBOARD) return s;
    return -1;
}

/* ---- translating ------------------------------------------------------------------------ */

static void pad_event(InputEvent *out, PadChange change, int seat, const PadDevice *d) {
    memset(out, 0, sizeof *out);
    out->kind = out->menu_kind = INPUT_PAD;
    out->value = (int)change;
    out->player = seat;
    out->x = (int)d->type;
    out->device = DEVICE_GAMEPAD;
    out->device_id = d->id;
}

/* GUID plus serial number, else the device path: the same controller plugged in again
 * gives the same key (two identical pads without either share one; either may return). */
static void device_key(SDL_GameController *gc, char *out, size_t n) {
    SDL_Joystick *js = SDL_GameControllerGetJoystick(gc);
    char guid[40];
    SDL_JoystickGetGUIDString(SDL_JoystickGetGUID(js), guid, sizeof guid);
    const char *serial = SDL_GameControllerGetSerial(gc);
    const char *path = SDL_GameControllerPath(gc);
    const char *who = serial && *serial ? serial : path ? path : "";
    snprintf(out, n, "%s|%.*s", guid, utf8_cut(who, 100), who);
}

static bool device_added(Pads *p, int index, InputEvent *out) {
    if (!p->started) return false;
    /* SDL may report a controller twice (at start-up, for one found by two drivers):
     * an instance id already open is the same controller. */
    SDL_JoystickID id = SDL_JoystickGetDeviceInstanceID(index);
    if (id < 0 || find_dev(p, id)) return false;
    if (p->n_dev == PADS_OPEN_MAX) {
        SDL_Log("pads: more than %d controllers; ignoring %s", PADS_OPEN_MAX, SDL_GameControllerNameForIndex(index));
        return false;
    }
    SDL_GameController *gc = SDL_GameControllerOpen(index);
    if (!gc) {
        /* Unplugged again before we got to it, or no permission: not worth a fuss. */
        SDL_Log("pads: cannot open controller %d: %s", index, SDL_GetError());
        return false;
    }
    PadDevice *d = &p->dev[p->n_dev++];
    memset(d, 0, sizeof *d);
    d->held = -1; /* no direction held */
    d->gc = gc;
    d->id = SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(gc));
    d->type = pads_type_from_sdl(SDL_GameControllerGetType(gc));
    device_key(gc, d->key, sizeof d->key);
    const char *name = SDL_GameControllerName(gc);
    SDL_Log("pads: %s connected (instance %d, %s)", name ? name : "a controller", d->id, pads_type_name(d->type));
    for (int s = 0; s < PADS_SEATS; s++) {
        if (p->seat[s].state == SEAT_LOST && !strcmp(p->seat[s].key, d->key)) {
            pad_event(out, PAD_BACK, s, d);
            return true;
        }
    }
    pad_event(out, PAD_ADDED, -1, d);
    return true;
}

static bool device_removed(Pads *p, int id, InputEvent *out) {
    PadDevice *d = find_dev(p, id);
    if (!d) return false;
    PadDevice gone = *d;
    SDL_GameControllerClose(d->gc);
    memmove(d, d + 1, (size_t)(p->dev + p->n_dev - (d + 1)) * sizeof *d);
    p->n_dev--;
    int seat = pads_seat_of(p, id);
    SDL_Log("pads: controller %d disconnected%s", id, seat >= 0 ? " (its seat waits for it)" : "");
    pad_event(out, seat >= 0 ? PAD_LOST : PAD_REMOVED, seat, &gone);
    return true;
}

/* A press on a controller without a seat: it may take one, drive the menus, or be told
 * (nicely) that the couch is full. */
static bool unseated(Pads *p, const PadDevice *d, const InputEvent *e, bool arrow, InputEvent *out) {
    if (e->menu_kind == INPUT_CONFIRM) {
        int s = free_seat(p);
        if (s >= 0) {
            pad_event(out, PAD_JOINED, s, d);
            return true;
        }
    }
    if (seats_full(p)) {
        if (arrow) return false;
        pad_event(out, PAD_REFUSED, -1, d);
        return true;
    }
    if (p->in_session && p->joining == JOIN_NONE) {
        if (arrow) return false;
        pad_event(out, PAD_KNOCK, -1, d);
        return true;
    }
    *out = *e;
    return true;
}

static bool is_dpad(int button) {
    return button == SDL_CONTROLLER_BUTTON_DPAD_UP || button == SDL_CONTROLLER_BUTTON_DPAD_DOWN ||
           button == SDL_CONTROLLER_BUTTON_DPAD_LEFT || button == SDL_CONTROLLER_BUTTON_DPAD_RIGHT;
}

/* A direction is held from now: it repeats after a pause (pads_update). */
static void hold(const Pads *p, PadDevice *d, int button, bool stick) {
    d->held = button;
    d->held_stick = stick;
    d->repeat_at = p->now + PADS_REPEAT_DELAY_MS;
}

static bool button_down(Pads *p, int id, int button, InputEvent *out) {
    PadDevice *d = find_dev(p, id);
    InputEvent e;
    if (!d || !input_pad_button(button, pads_yes_is_right(d->type), &e)) return false;
    if (is_dpad(button)) hold(p, d, button, false);
    e.device_id = id;
    e.player = pads_seat_of(p, id);
    if (e.player >= 0) {
        *out = e;
        return true;
    }
    bool arrow = e.kind == INPUT_UP || e.kind == INPUT_DOWN || e.kind == INPUT_LEFT || e.kind == INPUT_RIGHT;
    return unseated(p, d, &e, arrow, out);
}

/* Only leaving a scenario out is a hold, so only the right stick's release is an event. */
static bool button_up(Pads *p, int id, int button, InputEvent *out) {
    if (button != SDL_CONTROLLER_BUTTON_RIGHTSTICK || !find_dev(p, id)) return false;
    int seat = pads_seat_of(p, id);
    if (seat < 0) return false;
    InputEvent e;
    input_pad_button(button, false, &e);
    e.value = 0;
    e.device_id = id;
    e.player = seat;
    *out = e;
    return true;
}

/* The left stick as arrows, once per push. */
static bool axis_moved(Pads *p, int id, int axis, int value, InputEvent *out) {
    PadDevice *d = find_dev(p, id);
    if (!d || (axis != SDL_CONTROLLER_AXIS_LEFTX && axis != SDL_CONTROLLER_AXIS_LEFTY)) return false;
    int *dir = axis == SDL_CONTROLLER_AXIS_LEFTX ? &d->dir_x : &d->dir_y;
    int now = value > STICK_ON ? 1 : value < -STICK_ON ? -1 : (value > -STICK_OFF && value < STICK_OFF) ? 0 : *dir;
    if (now == *dir) return false;
    *dir = now;
    if (now == 0) {
        if (d->held_stick) d->held = -1;
        return false;
    }
    int button = axis == SDL_CONTROLLER_AXIS_LEFTX
                     ? (now > 0 ? SDL_CONTROLLER_BUTTON_DPAD_RIGHT : SDL_CONTROLLER_BUTTON_DPAD_LEFT)
                     : (now > 0 ? SDL_CONTROLLER_BUTTON_DPAD_DOWN : SDL_CONTROLLER_BUTTON_DPAD_UP);
    hold(p, d, button, true);
    InputEvent e;
    input_pad_button(button, false, &e);
    e.device_id = id;
    e.player = pads_seat_of(p, id);
    if (e.player >= 0) {
        *out = e;
        return true;
    }
    return unseated(p, d, &e, true, out);
}

/* A held direction again (pads_update's event), unless it was let go meanwhile. */
static bool repeat(Pads *p, int id, int button, InputEvent *out) {
    PadDevice *d = find_dev(p, id);
    InputEvent e;
    if (!d || d->held != button || !is_dpad(button) || !input_pad_button(button, pads_yes_is_right(d->type), &e))
        return false;
    e.device_id = id;
    e.player = pads_seat_of(p, id);
    if (e.player >= 0) {
        *out = e;
        return true;
    }
    return unseated(p, d, &e, true, out);
}

bool pads_translate(Pads *p, const SDL_Event *ev, InputEvent *out) {
    if (p->repeat_event && ev->type == p->repeat_event)
        return repeat(p, ev->user.code, (int)(intptr_t)ev->user.data1, out);
    if (ev->type == SDL_CONTROLLERBUTTONUP) {
        PadDevice *d = find_dev(p, ev->cbutton.which);
        if (d && d->held == ev->cbutton.button) d->held = -1;
        return false;
    }
    switch (ev->type) {
    case SDL_CONTROLLERDEVICEADDED: return device_added(p, ev->cdevice.which, out);
    case SDL_CONTROLLERDEVICEREMOVED: return device_removed(p, ev->cdevice.which, out);
    case SDL_CONTROLLERBUTTONDOWN: return button_down(p, ev->cbutton.which, ev->cbutton.button, out);
    case SDL_CONTROLLERBUTTONUP: return button_up(p, ev->cbutton.which, ev->cbutton.button, out);
    case SDL_CONTROLLERAXISMOTION: return axis_moved(p, ev->caxis.which, ev->caxis.axis, ev->caxis.value, out);
    default: return false;
    }
}

/* ---- seats ---------------------------------------------------------------------------- */

static void known_add(Pads *p, int id, PadType type, int seat) {
    PadKnown *k = find_known(p, id);
    if (!k) {
        if (p->n_known == PADS_OPEN_MAX) return;
        k = &p->known[p->n_known++];
    }
    *k = (PadKnown){id, type, seat};
}

static void known_remove(Pads *p, int id) {
    PadKnown *k = find_known(p, id);
    if (!k) return;
    memmove(k, k + 1, (size_t)(p->known + p->n_known - (k + 1)) * sizeof *k);
    p->n_known--;
}

/* The controller shows its player number and, from pads_set_colors, its colour. */
static void light_up(Pads *p, int id, int seat) {
    PadDevice *d = find_dev(p, id);
    if (!d) return;
    SDL_GameControllerSetPlayerIndex(d->gc, seat);
    d->led_set = false;
}

void pads_apply(Pads *p, const InputEvent *ev) {
    if (ev->kind != INPUT_PAD) return;
    int s = ev->player, id = ev->device_id;
    PadType type = (unsigned)ev->x < PAD_TYPE_COUNT ? (PadType)ev->x : PAD_GENERIC;
    bool has_seat = s >= 0 && s < PADS_SEATS;
    PadSeat *seat = has_seat ? &p->seat[s] : NULL;
    switch ((PadChange)ev->value) {
    case PAD_ADDED: known_add(p, id, type, -1); break;
    case PAD_REMOVED: known_remove(p, id); break;
    case PAD_JOINED: {
        if (!seat) break;
        if (seat->state == SEAT_PAD) known_add(p, seat->id, seat->type, -1);
        known_add(p, id, type, s);
        PadDevice *d = find_dev(p, id);
        *seat = (PadSeat){.state = SEAT_PAD, .id = id, .type = type};
        if (d) memcpy(seat->key, d->key, sizeof seat->key);
        light_up(p, id, s);
        break;
    }
    case PAD_LOST:
        if (!seat) break;
        known_remove(p, id);
        seat->state = SEAT_LOST;
        seat->id = -1;
        break;
    case PAD_BACK:
        if (!seat) break;
        known_add(p, id, type, s);
        seat->state = SEAT_PAD;
        seat->id = id;
        seat->type = type;
        light_up(p, id, s);
        break;
    default: break; /* refused, knock: nothing changes */
    }
}

void pads_unseat(Pads *p, int s) {
    if (s < 0 || s >= PADS_SEATS) return;
    PadSeat *seat = &p->seat[s];
    if (seat->state == SEAT_PAD) {
        PadKnown *k = find_known(p, seat->id);
        if (k) k->seat = -1;
        PadDevice *d = find_dev(p, seat->id);
        if (d) SDL_GameControllerSetPlayerIndex(d->gc, -1);
    }
    memset(seat, 0, sizeof *seat);
    seat->state = SEAT_KEYBOARD;
    seat->id = -1;
}

void pads_rumble(Pads *p, int s) {
    if (!p->rumble || s < 0 || s >= PADS_SEATS || p->seat[s].state != SEAT_PAD) return;
    PadDevice *d = find_dev(p, p->seat[s].id);
    /* Many controllers cannot rumble; SDL says so and nothing else needs to happen. */
    if (d) SDL_GameControllerRumble(d->gc, 0x5000, 0xA000, PADS_RUMBLE_MS);
}

void pads_set_colors(Pads *p, const SDL_Color colors[PADS_SEATS]) {
    for (int s = 0; s < PADS_SEATS; s++) {
        if (p->seat[s].state != SEAT_PAD) continue;
        PadDevice *d = find_dev(p, p->seat[s].id);
        SDL_Color c = colors[s];
        if (!d || (d->led_set && d->led.r == c.r && d->led.g == c.g && d->led.b == c.b)) continue;
        d->led = c;
        d->led_set = true;
        if (SDL_GameControllerHasLED(d->gc)) SDL_GameControllerSetLED(d->gc, c.r, c.g, c.b);
    }
}
