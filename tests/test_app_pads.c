/* Gamepads, tested with SDL's virtual joysticks under the dummy video driver: glyph sets per
 * controller type, the mappings file, hotplug by instance id (duplicates, a third pad,
 * unplug and replug), and whole sessions played from the title to quit by two virtual
 * pads through the real event path, at 1080p and 2160p, then replayed from the recording. */
#include "app/app.h"
#include "app/game.h"
#include "app/glyphs.h"
#include "app/osk.h"
#include "app/pads.h"
#include "app/replay.h"
#include "app/screen.h"
#include "app/vfs.h"
#include "harness.h"

#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>

/* ---- virtual pads --------------------------------------------------------------------- */

typedef struct VPad {
    Uint16 vendor, product;
    const char *name;
    SDL_Joystick *js; /* while attached */
    int id;           /* instance id while attached */
    int rumbles;
    SDL_Color led;
    int leds, player_index;
} VPad;

static int SDLCALL vpad_rumble(void *user, Uint16 lo, Uint16 hi) {
    (void)lo;
    (void)hi;
    ((VPad *)user)->rumbles++;
    return 0;
}

static int SDLCALL vpad_led(void *user, Uint8 r, Uint8 g, Uint8 b) {
    VPad *v = user;
    v->led = (SDL_Color){r, g, b, 255};
    v->leds++;
    return 0;
}

static void SDLCALL vpad_player(void *user, int index) { ((VPad *)user)->player_index = index; }

/* Names stay neutral: SDL gives any device named "Xbox..." its XInput mapping, which
 * expects a hat for the d-pad; the type comes from the vendor and product ids. */
static bool vpad_attach(VPad *v) {
    SDL_VirtualJoystickDesc d;
    SDL_zero(d);
    d.version = SDL_VIRTUAL_JOYSTICK_DESC_VERSION;
    d.type = SDL_JOYSTICK_TYPE_GAMECONTROLLER;
    d.naxes = SDL_CONTROLLER_AXIS_MAX;
    d.nbuttons = SDL_CONTROLLER_BUTTON_MAX; /* SDL maps button i to SDL_GameControllerButton i */
    d.vendor_id = v->vendor;
    d.product_id = v->product;
    d.name = v->name;
    d.userdata = v;
    d.Rumble = vpad_rumble;
    d.SetLED = vpad_led;
    d.SetPlayerIndex = vpad_player;
    int index = SDL_JoystickAttachVirtualEx(&d);
    v->js = index >= 0 ? SDL_JoystickOpen(index) : NULL;
    v->id = v->js ? SDL_JoystickInstanceID(v->js) : -1;
    if (!v->js) fprintf(stderr, "cannot attach a virtual pad: %s\n", SDL_GetError());
    return v->js != NULL;
}

static int vpad_index(const VPad *v) {
    for (int i = 0; i < SDL_NumJoysticks(); i++)
        if (SDL_JoystickGetDeviceInstanceID(i) == v->id) return i;
    return -1;
}

static void vpad_detach(VPad *v) {
    int index = vpad_index(v);
    if (index >= 0) SDL_JoystickDetachVirtual(index);
    if (v->js) SDL_JoystickClose(v->js);
    v->js = NULL;
    v->id = -1;
}

/* Pumps SDL's events into a list the unit tests read (outside app_run). */
static int pump(SDL_Event *out, int max) {
    SDL_GameControllerUpdate();
    SDL_PumpEvents();
    return SDL_PeepEvents(out, max, SDL_GETEVENT, SDL_CONTROLLERAXISMOTION, SDL_CONTROLLERDEVICEREMAPPED);
}

/* Feeds pending controller events through pads_translate (and applies the pad ones);
 * returns the last meaningful event in *last, and how many there were. */
static int feed(Pads *p, InputEvent *last) {
    SDL_Event evs[64];
    int n = pump(evs, 64), got = 0;
    for (int i = 0; i < n; i++) {
        InputEvent ie;
        if (!pads_translate(p, &evs[i], &ie)) continue;
        if (ie.kind == INPUT_PAD) pads_apply(p, &ie);
        *last = ie;
        got++;
    }
    return got;
}

static int tap(Pads *p, VPad *v, int button, InputEvent *last) {
    SDL_JoystickSetVirtualButton(v->js, button, 1);
    int got = feed(p, last);
    SDL_JoystickSetVirtualButton(v->js, button, 0);
    feed(p, &(InputEvent){0});
    return got;
}

/* ---- unit tests ------------------------------------------------------------------------ */

static void test_glyph_sets(void) {
    CHECK_INT(pads_type_from_sdl(SDL_CONTROLLER_TYPE_XBOX360), PAD_XBOX360);
    CHECK_INT(pads_type_from_sdl(SDL_CONTROLLER_TYPE_XBOXONE), PAD_XBOXONE);
    CHECK_INT(pads_type_from_sdl(SDL_CONTROLLER_TYPE_PS4), PAD_PS4);
    CHECK_INT(pads_type_from_sdl(SDL_CONTROLLER_TYPE_PS5), PAD_PS5);
    CHECK_INT(pads_type_from_sdl(SDL_CONTROLLER_TYPE_NINTENDO_SWITCH_PRO), PAD_SWITCH);
    CHECK_INT(pads_type_from_sdl(SDL_CONTROLLER_TYPE_UNKNOWN), PAD_GENERIC);
    CHECK_INT(pads_type_from_sdl(SDL_CONTROLLER_TYPE_VIRTUAL), PAD_GENERIC);

    CHECK_INT(glyphs_set(PAD_XBOX360), GLYPHS_XBOX);
    CHECK_INT(glyphs_set(PAD_XBOXONE), GLYPHS_XBOX);
    CHECK_INT(glyphs_set(PAD_PS4), GLYPHS_PLAYSTATION);
    CHECK_INT(glyphs_set(PAD_PS5), GLYPHS_PLAYSTATION);
    CHECK_INT(glyphs_set(PAD_SWITCH), GLYPHS_NINTENDO);
    CHECK_INT(glyphs_set(PAD_GENERIC), GLYPHS_GENERIC);

    /* Answers 1-4 are bottom, right, left, top; the names follow each family. */
    const char *xbox[4] = {"A", "B", "X", "Y"}, *ps[4] = {"Cross", "Circle", "Square", "Triangle"};
    const char *nin[4] = {"B", "A", "Y", "X"};
    for (int v = 1; v <= 4; v++) {
        CHECK_STR(glyphs_name(PAD_XBOXONE, glyphs_answer(v)), xbox[v - 1]);
        CHECK_STR(glyphs_name(PAD_PS5, glyphs_answer(v)), ps[v - 1]);
        CHECK_STR(glyphs_name(PAD_SWITCH, glyphs_answer(v)), nin[v - 1]);
    }
    CHECK_STR(glyphs_name(PAD_GENERIC, GLYPH_SOUTH), "bottom button");
    CHECK_STR(glyphs_name(PAD_PS4, GLYPH_BACK), "Share");
    CHECK_STR(glyphs_name(PAD_PS5, GLYPH_BACK), "Create");
    CHECK_STR(glyphs_name(PAD_XBOXONE, GLYPH_START), "Menu");
    CHECK_STR(glyphs_name(PAD_XBOX360, GLYPH_START), "Start");
    CHECK_STR(glyphs_name(PAD_PS5, GLYPH_LB), "L1");
    CHECK_STR(glyphs_name(PAD_XBOXONE, GLYPH_RSTICK), "RS");
    /* "Yes" is the right-hand button only on Nintendo pads. */
    CHECK_STR(glyphs_name(PAD_SWITCH, glyphs_yes(PAD_SWITCH)), "A");
    CHECK_STR(glyphs_name(PAD_PS4, glyphs_yes(PAD_PS4)), "Cross");
    CHECK_STR(glyphs_name(PAD_XBOX360, glyphs_no(PAD_XBOX360)), "B");

    /* The button that answers is the one the glyph shows, on every family. */
    InputEvent e;
    CHECK(input_pad_button(SDL_CONTROLLER_BUTTON_B, false, &e));
    CHECK_INT(e.kind, INPUT_ANSWER);
    CHECK_INT(e.value, 2);
    CHECK_INT(e.menu_kind, INPUT_BACK);
    CHECK(input_pad_button(SDL_CONTROLLER_BUTTON_B, true, &e));
    CHECK_INT(e.value, 2);
    CHECK_INT(e.menu_kind, INPUT_CONFIRM);
    CHECK(input_pad_button(SDL_CONTROLLER_BUTTON_A, true, &e));
    CHECK_INT(e.menu_kind, INPUT_BACK);
    CHECK(input_pad_button(SDL_CONTROLLER_BUTTON_LEFTSHOULDER, false, &e));
    CHECK_INT(e.kind, INPUT_UNLOCK);
    CHECK(input_pad_button(SDL_CONTROLLER_BUTTON_RIGHTSTICK, false, &e));
    CHECK_INT(e.kind, INPUT_VETO);
    CHECK(input_pad_button(SDL_CONTROLLER_BUTTON_START, false, &e));
    CHECK_INT(e.kind, INPUT_BREAK);
    CHECK(input_pad_button(SDL_CONTROLLER_BUTTON_BACK, false, &e));
    CHECK_INT(e.kind, INPUT_BACK);
    CHECK(input_pad_button(SDL_CONTROLLER_BUTTON_RIGHTSHOULDER, false, &e));
    CHECK_INT(e.menu_kind, INPUT_NONE);
    CHECK(!input_pad_button(SDL_CONTROLLER_BUTTON_GUIDE, false, &e));

    for (int t = 0; t < PAD_TYPE_COUNT; t++) CHECK_INT(pads_type_from_name(pads_type_name((PadType)t)), t);
    for (int c = 0; c < PAD_CHANGE_COUNT; c++) CHECK_INT(pads_change_from_name(pads_change_name((PadChange)c)), c);
    CHECK_INT(pads_type_from_name("gamecube"), -1);
}

static void test_mappings(void) {
    char err[200];
    int bad;
    const char *good = "# a comment\n"
                       "\n"
                       "03000000de2800000112000011010000,Test Pad,a:b0,b:b1,x:b2,y:b3,platform:Linux,\n"
                       "03000000de2800000112000011010000,Test Pad,a:b0,b:b1,platform:Windows,\n";
    CHECK_INT(pads_add_mappings(good, strlen(good), &bad, err, sizeof err), 1);
    CHECK_INT(bad, 0);
    CHECK_STR(err, "");
    const char *broken = "03000000de2800000112000011010000,Fine,a:b0,platform:Linux,\n"
                         "this is not a mapping\n"
                         "\x01\x02\x03,,\n"
                         "zz000000de2800000112000011010000,Bad GUID,a:b0,\n";
    CHECK_INT(pads_add_mappings(broken, strlen(broken), &bad, err, sizeof err), 1);
    CHECK_INT(bad, 3);
    CHECK_STR(err, "line 2: not a mapping (expected GUID,name,mapping...)");
    char binary[] = "03000000de2800000112000011010000,Nul\0here,a:b0\n";
    CHECK_INT(pads_add_mappings(binary, sizeof binary - 1, &bad, err, sizeof err), 0);
    CHECK_INT(bad, 1);
    CHECK_STR(err, "line 1: the line holds binary data");
}

/* Replays carry controllers: pad lines rebuild the seats, a trailing "pad" marks an event
 * that came from one; bad lines are refused with their line number. */
static void test_replay_lines(void) {
    const char *text = "grayarea-replay 1\n"
                       "tv_mode yes\n"
                       "100 pad added 4 -1 xboxone\n"
                       "200 pad joined 4 0 xboxone\n"
                       "300 answer 0 2 pad\n"
                       "400 confirm 1 pad\n"
                       "500 text \" \" pad\n"
                       "600 pad lost 4 0 xboxone\n"
                       "700 click -20 -30\n"
                       "800 text \"pad\"\n";
    Replay r;
    char err[300];
    CHECK(replay_parse(&r, "t.replay", text, strlen(text), err, sizeof err));
    CHECK(r.head.tv_mode);
    CHECK_INT(r.n, 8);
    if (r.n == 8) {
        CHECK_INT(r.items[1].ev.kind, INPUT_PAD);
        CHECK_INT(r.items[1].ev.value, PAD_JOINED);
        CHECK_INT(r.items[1].ev.device_id, 4);
        CHECK_INT(r.items[1].ev.player, 0);
        CHECK_INT(r.items[1].ev.x, PAD_XBOXONE);
        CHECK_INT(r.items[2].ev.device, DEVICE_GAMEPAD);
        CHECK_INT(r.items[2].ev.value, 2);
        CHECK_INT(r.items[3].ev.kind, INPUT_CONFIRM);
        CHECK_INT(r.items[3].ev.player, 1);
        CHECK_INT(r.items[3].ev.device, DEVICE_GAMEPAD);
        CHECK_STR(r.items[4].ev.text, " ");
        CHECK_INT(r.items[6].ev.x, -20);
        CHECK_INT(r.items[7].ev.device, DEVICE_NONE); /* a word in quotes is text, not the marker */
        CHECK_STR(r.items[7].ev.text, "pad");
        char line[200];
        replay_format_event(200, &r.items[1].ev, line, sizeof line);
        CHECK_STR(line, "200 pad joined 4 0 xboxone");
        replay_format_event(300, &r.items[2].ev, line, sizeof line);
        CHECK_STR(line, "300 answer 0 2 pad");
    }
    replay_free(&r);
    static const struct {
        const char *line, *err;
    } BAD[] = {
        {"10 pad flew 3 0 ps5", "b.replay:2: pad wants a change: added, removed, joined, lost, back, refused or knock"},
        {"10 pad joined x 0 ps5", "b.replay:2: pad wants the controller's instance id (a whole number)"},
        {"10 pad joined 3 5 ps5", "b.replay:2: pad wants a seat (-1, 0 or 1)"},
        {"10 pad joined 3 -1 ps5", "b.replay:2: pad joined needs a seat (0 or 1)"},
        {"10 pad joined 3 0 gamecube",
         "b.replay:2: pad wants a controller type: generic, xbox360, xboxone, ps3, ps4, ps5 or switch"},
        {"10 pad joined 3 0 ps5 extra", "b.replay:2: unexpected 'extra' after the pad event"},
        {"10 answer 0 2 pda", "b.replay:2: unexpected 'pda' after the answer event"},
    };
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        char bad[200];
        snprintf(bad, sizeof bad, "grayarea-replay 1\n%s\n", BAD[i].line);
        CHECK(!replay_parse(&r, "b.replay", bad, strlen(bad), err, sizeof err));
        CHECK_STR(err, BAD[i].err);
    }
}

static char *temp_dir(const char *tag) {
    static char buf[4][256];
    static int k;
    char *b = buf[k++ % 4];
    const char *base = getenv("GA_BUILD_DIR");
    snprintf(b, 256, "%s/pads/%s", base ? base : ".", tag);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", b, b);
    if (system(cmd) != 0) fprintf(stderr, "cannot make %s\n", b);
    return b;
}

static void write_file(const char *dir, const char *name, const char *text) {
    char path[600];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) return;
    fputs(text, f);
    fclose(f);
}

/* Hotplug bookkeeping on pads_translate/pads_apply, without the app around it. */
static void test_hotplug(void) {
    char *data = temp_dir("hotplug.data");
    write_file(data, PADS_DB_NAME,
               "03000000de2800000112000011010000,Good Pad,a:b0,b:b1,platform:Linux,\nnonsense line\n");
    char err[600];
    CHECK(SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) == 0);
    CHECK(vfs_init(NULL, data, NULL, err, sizeof err));
    Pads p;
    char notice[APP_NOTICE_LEN];
    pads_init(&p, notice, sizeof notice);
    CHECK(p.started);
    /* A bad line in the mappings file: a clear notice, and the game carries on. */
    CHECK(strstr(notice, "1 line of your controller mappings") != NULL);
    CHECK(strstr(notice, "line 2: not a mapping") != NULL);

    VPad xbox = {0x045e, 0x02ea, "Virtual pad one", NULL, -1, 0, {0, 0, 0, 0}, 0, -1};
    VPad ps5 = {0x054c, 0x0ce6, "Virtual pad two", NULL, -1, 0, {0, 0, 0, 0}, 0, -1};
    VPad sw = {0x057e, 0x2009, "Virtual pad three", NULL, -1, 0, {0, 0, 0, 0}, 0, -1};
    InputEvent e;
    memset(&e, 0, sizeof e); /* feed leaves it alone when nothing comes */
    CHECK(vpad_attach(&xbox));
    CHECK_INT(feed(&p, &e), 1);
    CHECK_INT(e.kind, INPUT_PAD);
    CHECK_INT(e.value, PAD_ADDED);
    CHECK_INT(e.device_id, xbox.id);
    CHECK_INT(e.x, PAD_XBOXONE);
    CHECK_INT(p.n_known, 1);

    /* SDL may say "added" twice for one controller: the second is ignored. */
    SDL_Event dup;
    SDL_zero(dup);
    dup.type = SDL_CONTROLLERDEVICEADDED;
    dup.cdevice.which = vpad_index(&xbox);
    SDL_PushEvent(&dup);
    CHECK_INT(feed(&p, &e), 0);
    CHECK_INT(p.n_known, 1);
    CHECK_INT(p.n_dev, 1);

    /* Without a join screen, a controller with no seat drives the menus as anyone. */
    CHECK_INT(tap(&p, &xbox, SDL_CONTROLLER_BUTTON_A, &e), 1);
    CHECK_INT(e.kind, INPUT_ANSWER);
    CHECK_INT(e.menu_kind, INPUT_CONFIRM);
    CHECK_INT(e.player, -1);
    CHECK_INT(e.device, DEVICE_GAMEPAD);

    /* On the join screen "yes" takes the first free seat. */
    p.joining = JOIN_ANY;
    CHECK_INT(tap(&p, &xbox, SDL_CONTROLLER_BUTTON_A, &e), 1);
    CHECK_INT(e.value, PAD_JOINED);
    CHECK_INT(e.player, 0);
    CHECK_INT(p.seat[0].state, SEAT_PAD);
    CHECK_INT(p.seat[0].id, xbox.id);
    CHECK_INT(xbox.player_index, 0);
    SDL_Color cols[2] = {{200, 100, 50, 255}, {50, 100, 200, 255}};
    pads_set_colors(&p, cols);
    CHECK_INT(xbox.leds, 1);
    CHECK_INT(xbox.led.r, 200);
    pads_set_colors(&p, cols);
    CHECK_INT(xbox.leds, 1); /* the same colour is not sent twice */

    CHECK(vpad_attach(&ps5));
    CHECK_INT(feed(&p, &e), 1);
    CHECK_INT(e.x, PAD_PS5);
    CHECK_INT(tap(&p, &ps5, SDL_CONTROLLER_BUTTON_A, &e), 1);
    CHECK_INT(e.value, PAD_JOINED);
    CHECK_INT(e.player, 1);

    /* A third controller is told both seats are taken, even on the join screen. */
    CHECK(vpad_attach(&sw));
    CHECK_INT(feed(&p, &e), 1);
    CHECK_INT(e.x, PAD_SWITCH);
    CHECK_INT(tap(&p, &sw, SDL_CONTROLLER_BUTTON_B, &e), 1); /* "yes" on a Switch pad is on the right */
    CHECK_INT(e.value, PAD_REFUSED);
    CHECK_INT(tap(&p, &sw, SDL_CONTROLLER_BUTTON_DPAD_UP, &e), 0); /* arrows just do nothing */
    p.joining = JOIN_NONE;

    /* A seated controller answers for its seat. */
    CHECK_INT(tap(&p, &ps5, SDL_CONTROLLER_BUTTON_Y, &e), 1);
    CHECK_INT(e.kind, INPUT_ANSWER);
    CHECK_INT(e.value, 4);
    CHECK_INT(e.player, 1);
    CHECK_INT(e.device_id, ps5.id);
    /* The left stick is an arrow once per push. */
    SDL_JoystickSetVirtualAxis(ps5.js, SDL_CONTROLLER_AXIS_LEFTY, 32000);
    CHECK_INT(feed(&p, &e), 1);
    CHECK_INT(e.kind, INPUT_DOWN);
    SDL_JoystickSetVirtualAxis(ps5.js, SDL_CONTROLLER_AXIS_LEFTY, 30000);
    CHECK_INT(feed(&p, &e), 0);
    SDL_JoystickSetVirtualAxis(ps5.js, SDL_CONTROLLER_AXIS_LEFTY, 0);
    feed(&p, &e);

    /* Unplugged: the seat waits. Plugged back: a new instance id, the same seat. */
    int old_id = xbox.id;
    vpad_detach(&xbox);
    CHECK_INT(feed(&p, &e), 1);
    CHECK_INT(e.value, PAD_LOST);
    CHECK_INT(e.player, 0);
    CHECK_INT(p.seat[0].state, SEAT_LOST);
    CHECK(pads_any_lost(&p));
    CHECK(vpad_attach(&xbox));
    CHECK(xbox.id != old_id);
    CHECK_INT(feed(&p, &e), 1);
    CHECK_INT(e.value, PAD_BACK);
    CHECK_INT(e.player, 0);
    CHECK_INT(p.seat[0].state, SEAT_PAD);
    CHECK_INT(p.seat[0].id, xbox.id);
    CHECK(!pads_any_lost(&p));
    CHECK_INT(tap(&p, &xbox, SDL_CONTROLLER_BUTTON_X, &e), 1);
    CHECK_INT(e.player, 0);
    CHECK_INT(e.value, 3);

    /* Rumble only when the player wants it. */
    pads_rumble(&p, 0);
    CHECK_INT(xbox.rumbles, 1);
    p.rumble = false;
    pads_rumble(&p, 0);
    CHECK_INT(xbox.rumbles, 1);

    /* An unseated controller going away is just forgotten. */
    vpad_detach(&sw);
    CHECK_INT(feed(&p, &e), 1);
    CHECK_INT(e.value, PAD_REMOVED);
    CHECK_INT(p.n_known, 2);
    /* A bad device index (gone before we got to it) is logged and ignored. */
    SDL_Event gone;
    SDL_zero(gone);
    gone.type = SDL_CONTROLLERDEVICEADDED;
    gone.cdevice.which = 99;
    SDL_PushEvent(&gone);
    CHECK_INT(feed(&p, &e), 0);
    CHECK_INT(p.n_known, 2);
    /* Giving a seat up keeps the controller, without a seat. */
    pads_unseat(&p, 1);
    CHECK_INT(p.seat[1].state, SEAT_KEYBOARD);
    CHECK_INT(pads_unseated_count(&p, NULL), 1);
    /* During a session a controller without a seat knocks (the app offers to join)... */
    p.in_session = true;
    CHECK_INT(tap(&p, &ps5, SDL_CONTROLLER_BUTTON_A, &e), 1);
    CHECK_INT(e.value, PAD_KNOCK);
    CHECK_INT(tap(&p, &ps5, SDL_CONTROLLER_BUTTON_DPAD_LEFT, &e), 0);
    /* ...and on the join screen it takes the free seat. */
    p.joining = JOIN_ANY;
    CHECK_INT(tap(&p, &ps5, SDL_CONTROLLER_BUTTON_A, &e), 1);
    CHECK_INT(e.value, PAD_JOINED);
    CHECK_INT(e.player, 1);
    p.joining = JOIN_NONE;
    p.in_session = false;

    vpad_detach(&xbox);
    vpad_detach(&ps5);
    pads_quit(&p);
    vfs_shutdown();
    SDL_Quit();
}

/* ---- whole sessions through app_run ------------------------------------------------------ */

enum { STEP_TIMEOUT_MS = 20000, RUN_TIMEOUT_MS = 240000 };

typedef struct Script {
    VPad pad[3]; /* 0: Alex's Xbox pad, 1: Sam's DualSense, 2: a Switch Pro that comes late */
    int step;
    uint32_t step_since;
    int held_pad, held_button; /* released on the next pass */
    int held_axis;
    int osk_row, osk_col; /* where the on-screen keyboard's focus is */
    const char *word;     /* being typed */
    int word_pos, word_pad;
    int cards, phase; /* the card loop */
    bool unplugged;   /* the unplug test ran (once) */
    int overlays;     /* the break and the session menu, from the first reveal */
    int took_back;    /* Alex's take-back on the first card */
    int old_id;
    bool failed, done;
    int shots;
    char shot_tag[16];
} Script;

static void fail_step(App *app, Script *s, const char *why) {
    fprintf(stderr, "pads script, step %d (screen %s): %s\n", s->step, app_top(app) ? app_top(app)->name : "none", why);
    harness_failed++;
    s->failed = true;
    app_quit(app, 3);
}

static void press(Script *s, int pad, int button) {
    SDL_JoystickSetVirtualButton(s->pad[pad].js, button, 1);
    s->held_pad = pad;
    s->held_button = button;
}

static bool top_is(App *app, const char *name) { return app_top(app) && !strcmp(app_top(app)->name, name); }

static void next(App *app, Script *s) {
    s->step++;
    s->step_since = app->now;
}

/* Moves the keyboard's focus one step towards the next letter of the word, or types it. */
static bool type_step(Script *s) {
    if (!s->word[s->word_pos]) return true;
    char letter[2] = {(char)(s->word[s->word_pos] | 0x20), 0};
    int row, col;
    if (!osk_key_position(letter, &row, &col)) return true;
    int pad = s->word_pad;
    if (row != s->osk_row) {
        bool down = row > s->osk_row;
        if (pad == 1 && down && s->held_axis == 0) {
            /* One move with the left stick, the rest with the d-pad. */
            SDL_JoystickSetVirtualAxis(s->pad[pad].js, SDL_CONTROLLER_AXIS_LEFTY, 32000);
            s->held_axis = 1;
        } else {
            press(s, pad, down ? SDL_CONTROLLER_BUTTON_DPAD_DOWN : SDL_CONTROLLER_BUTTON_DPAD_UP);
        }
        s->osk_row += down ? 1 : -1;
    } else if (col != s->osk_col) {
        bool right = col > s->osk_col;
        press(s, pad, right ? SDL_CONTROLLER_BUTTON_DPAD_RIGHT : SDL_CONTROLLER_BUTTON_DPAD_LEFT);
        s->osk_col += right ? 1 : -1;
    } else {
        press(s, pad, SDL_CONTROLLER_BUTTON_A); /* "yes" on Xbox and PlayStation pads */
        s->word_pos++;
    }
    return false;
}

static void begin_word(Script *s, int pad, const char *word) {
    s->word = word;
    s->word_pos = 0;
    s->word_pad = pad;
    s->osk_row = OSK_START_ROW;
    s->osk_col = OSK_START_COL;
}

static int pick_for(const App *app, int player) {
    int n = session_option_count(app->game->session);
    int want = player == 0 ? 1 : 3; /* Alex: Fine; Sam: Uneasy, let's talk */
    return want <= n ? want : n;
}

static const int ANSWER_BUTTON[5] = {0, SDL_CONTROLLER_BUTTON_A, SDL_CONTROLLER_BUTTON_B, SDL_CONTROLLER_BUTTON_X,
                                     SDL_CONTROLLER_BUTTON_Y};

/* The card loop: intro, card, reveal until the summary; on the second card, Alex's
 * pad is unplugged after Alex locks in, then plugged back; then a third pad turns up. */
static bool play_step(App *app, Script *s) {
    Session *ss = app->game->session;
    if (top_is(app, "summary")) return true;
    if (top_is(app, "intro")) {
        press(s, 0, SDL_CONTROLLER_BUTTON_A);
        return false;
    }
    /* From the first reveal: either player's Start calls the break and takes it back
     * off; Back opens the session menu and the family's "no" closes it. */
    switch (s->overlays) {
    case 0:
        if (!top_is(app, "reveal") || app->now - app->screen_since < 300) break;
        press(s, 1, SDL_CONTROLLER_BUTTON_START);
        s->overlays++;
        return false;
    case 1:
        if (!top_is(app, "break")) return false;
        CHECK(ss->on_break);
        press(s, 0, SDL_CONTROLLER_BUTTON_START);
        s->overlays++;
        return false;
    case 2:
        if (!top_is(app, "reveal")) return false;
        press(s, 0, SDL_CONTROLLER_BUTTON_BACK);
        s->overlays++;
        return false;
    case 3:
        if (!top_is(app, "menu")) return false;
        press(s, 1, SDL_CONTROLLER_BUTTON_B); /* Circle */
        s->overlays++;
        return false;
    case 4:
        if (!top_is(app, "reveal")) return false;
        s->overlays++;
        break;
    default: break;
    }
    if (top_is(app, "reveal")) {
        if (app->now - app->screen_since < 300) return false;
        press(s, 1, SDL_CONTROLLER_BUTTON_A);
        return false;
    }
    if (!ss || !(top_is(app, "card") || top_is(app, "reconnect"))) return false;
    if (ss->phase != PHASE_PICK && ss->phase != PHASE_COUNTDOWN) return false;
    if (s->phase == 0 && top_is(app, "card") && ss->phase == PHASE_PICK) {
        s->cards++;
        s->phase = 1;
    }
    bool second = s->cards == 2 && !s->unplugged;
    switch (s->phase) {
    case 1: /* Alex answers */
        if (s->took_back == 1) {
            CHECK(!session_locked(ss, 0)); /* the left shoulder took the pick back */
            s->took_back = 2;
            return false;
        }
        if (!session_locked(ss, 0)) {
            if (app->now - app->screen_since > 250) press(s, 0, ANSWER_BUTTON[pick_for(app, 0)]);
            return false;
        }
        CHECK(s->pad[0].rumbles > 0); /* the lock-in buzz */
        if (s->took_back == 0) {
            press(s, 0, SDL_CONTROLLER_BUTTON_LEFTSHOULDER); /* take it back, then answer again */
            s->took_back = 1;
            return false;
        }
        s->phase = second ? 10 : 2;
        return false;
    case 2: /* Sam answers; the countdown runs to the reveal */
        if (!session_locked(ss, 1))
            press(s, 1, ANSWER_BUTTON[pick_for(app, 1)]);
        else
            s->phase = 3;
        return false;
    case 3:
        /* Waiting for the reveal (the hook resets the loop there), or the card asks a
         * second question ("if your partner did it"). */
        if (top_is(app, "card") && ss->phase == PHASE_PICK && !session_locked(ss, 0) && !session_locked(ss, 1))
            s->phase = 1;
        return false;
    case 10: /* mid-pick: Alex's controller goes */
        s->old_id = s->pad[0].id;
        s->unplugged = true;
        vpad_detach(&s->pad[0]);
        s->phase = 11;
        return false;
    case 11:
        if (!top_is(app, "reconnect")) return false;
        /* The game waits; nothing is lost. */
        CHECK_INT(app->pads.seat[0].state, SEAT_LOST);
        CHECK(session_locked(ss, 0));
        CHECK_INT(ss->phase, PHASE_PICK);
        app_request_shot(app, "reconnect");
        /* A duplicate "added" for Sam's pad changes nothing. */
        SDL_Event dup;
        SDL_zero(dup);
        dup.type = SDL_CONTROLLERDEVICEADDED;
        dup.cdevice.which = vpad_index(&s->pad[1]);
        SDL_PushEvent(&dup);
        s->phase = 12;
        return false;
    case 12:
        if (app->now - s->step_since < 200) return false;
        CHECK_INT(app->pads.n_known, 1);
        vpad_attach(&s->pad[0]);
        CHECK(s->pad[0].id != s->old_id);
        s->phase = 13;
        return false;
    case 13:
        if (!top_is(app, "card")) return false;
        /* Back in the same seat, under its new instance id, still locked in. */
        CHECK_INT(app->pads.seat[0].state, SEAT_PAD);
        CHECK_INT(app->pads.seat[0].id, s->pad[0].id);
        CHECK(session_locked(ss, 0));
        CHECK_INT(s->pad[0].player_index, 0);
        vpad_attach(&s->pad[2]);
        s->phase = 14;
        return false;
    case 14:
        if (app->pads.n_known < 3) return false;
        press(s, 2, SDL_CONTROLLER_BUTTON_B); /* "yes" on the Switch pad */
        s->phase = 15;
        return false;
    case 15:
        CHECK_STR(app->toast, "Two players are already seated.");
        CHECK_INT(pads_unseated_count(&app->pads, NULL), 1);
        app_request_shot(app, "third-pad");
        vpad_detach(&s->pad[2]);
        s->phase = 2;
        return false;
    default: return false;
    }
}

static void hook(App *app, void *ctx) {
    Script *s = ctx;
    if (s->held_pad >= 0) {
        SDL_JoystickSetVirtualButton(s->pad[s->held_pad].js, s->held_button, 0);
        s->held_pad = -1;
        return;
    }
    if (s->held_axis) {
        SDL_JoystickSetVirtualAxis(s->pad[1].js, SDL_CONTROLLER_AXIS_LEFTY, 0);
        s->held_axis = 0;
        return;
    }
    if (s->done || s->failed) return;
    if (app->now > RUN_TIMEOUT_MS) {
        fail_step(app, s, "the whole run took too long");
        return;
    }
    if (app->now - s->step_since > STEP_TIMEOUT_MS) {
        fail_step(app, s, "timed out");
        return;
    }
    /* Reset the card loop once a reveal shows. */
    if (top_is(app, "reveal") && s->phase == 3) s->phase = 0;
    switch (s->step) {
    case 0: /* the title: plug in two controllers */
        if (!top_is(app, "title") || app->now < 300) return;
        vpad_attach(&s->pad[0]);
        vpad_attach(&s->pad[1]);
        next(app, s);
        return;
    case 1:
        if (app->pads.n_known < 2) return;
        press(s, 0, SDL_CONTROLLER_BUTTON_A); /* Play */
        next(app, s);
        return;
    case 2:
        if (!top_is(app, "join")) return;
        CHECK(!app->tv);
        press(s, 0, SDL_CONTROLLER_BUTTON_A); /* Alex joins */
        next(app, s);
        return;
    case 3:
        if (app->pads.seat[0].state != SEAT_PAD) return;
        CHECK(app->tv); /* a controller joined: TV layout */
        app_request_shot(app, "join-one");
        press(s, 1, SDL_CONTROLLER_BUTTON_A); /* Sam joins */
        next(app, s);
        return;
    case 4:
        if (app->pads.seat[1].state != SEAT_PAD) return;
        app_request_shot(app, "join-both");
        CHECK_INT(s->pad[0].player_index, 0);
        CHECK_INT(s->pad[1].player_index, 1);
        press(s, 1, SDL_CONTROLLER_BUTTON_START); /* on to setup */
        next(app, s);
        return;
    case 5: /* setup: down wraps from Start to Player 1's name */
        if (!top_is(app, "setup")) return;
        /* The lights show each player's colour. */
        CHECK(s->pad[0].leds > 0 && s->pad[1].leds > 0);
        press(s, 0, SDL_CONTROLLER_BUTTON_DPAD_DOWN);
        next(app, s);
        return;
    case 6:
        press(s, 0, SDL_CONTROLLER_BUTTON_A);
        next(app, s);
        return;
    case 7:
        if (!top_is(app, "keyboard")) return;
        begin_word(s, 0, "alex");
        next(app, s);
        return;
    case 8:
        if (type_step(s)) {
            CHECK_STR(app->settings.names[0], "Alex");
            press(s, 0, SDL_CONTROLLER_BUTTON_START); /* done */
            next(app, s);
        }
        return;
    case 9:
        if (!top_is(app, "setup")) return;
        press(s, 1, SDL_CONTROLLER_BUTTON_DPAD_DOWN); /* Player 2's name */
        next(app, s);
        return;
    case 10:
        press(s, 1, SDL_CONTROLLER_BUTTON_A);
        next(app, s);
        return;
    case 11:
        if (!top_is(app, "keyboard")) return;
        begin_word(s, 1, "samx");
        next(app, s);
        return;
    case 12:
        if (type_step(s)) {
            CHECK_STR(app->settings.names[1], "Samx");
            app_request_shot(app, "keyboard-typed");
            press(s, 1, SDL_CONTROLLER_BUTTON_X); /* Square deletes */
            next(app, s);
        }
        return;
    case 13:
        CHECK_STR(app->settings.names[1], "Sam");
        press(s, 1, SDL_CONTROLLER_BUTTON_B); /* Circle: done too */
        next(app, s);
        return;
    case 14: /* Length: down 3, then left 4 (6 scenarios down to 2) */
    case 15:
    case 16:
        if (!top_is(app, "setup")) return;
        press(s, 1, SDL_CONTROLLER_BUTTON_DPAD_DOWN);
        next(app, s);
        return;
    case 17:
    case 18:
    case 19:
    case 20:
        press(s, 1, SDL_CONTROLLER_BUTTON_DPAD_LEFT);
        next(app, s);
        return;
    case 21:
        CHECK_INT(app->game->setup.length, 2);
        /* Up from Length wraps round to the buttons: 5 up reaches Start. */
        press(s, 0, SDL_CONTROLLER_BUTTON_DPAD_UP);
        next(app, s);
        return;
    case 22:
    case 23:
    case 24:
    case 25:
        press(s, 0, SDL_CONTROLLER_BUTTON_DPAD_UP);
        next(app, s);
        return;
    case 26:
        press(s, 0, SDL_CONTROLLER_BUTTON_A); /* Start */
        next(app, s);
        return;
    case 27:
        if (!app->game->session) return;
        CHECK_STR(session_name(app->game->session, 0), "Alex");
        CHECK_STR(session_name(app->game->session, 1), "Sam");
        next(app, s);
        return;
    case 28:
        if (play_step(app, s)) next(app, s);
        return;
    case 29: /* the summary: save it, then Done */
        if (app->now - app->screen_since < 300) return;
        CHECK(s->cards >= 2);
        press(s, 0, SDL_CONTROLLER_BUTTON_A);
        next(app, s);
        return;
    case 30:
        if (strncmp(app->game->note, "Saved", 5) != 0) return;
        press(s, 0, SDL_CONTROLLER_BUTTON_A); /* focus moved to Done */
        next(app, s);
        return;
    case 31: /* the title: down to Quit */
    case 32:
    case 33:
        if (!top_is(app, "title")) return;
        press(s, 1, SDL_CONTROLLER_BUTTON_DPAD_DOWN);
        next(app, s);
        return;
    case 34:
        press(s, 1, SDL_CONTROLLER_BUTTON_A);
        next(app, s);
        return;
    case 35:
        if (!top_is(app, "quit")) return;
        press(s, 1, SDL_CONTROLLER_BUTTON_DPAD_RIGHT); /* Leave */
        next(app, s);
        return;
    case 36:
        press(s, 1, SDL_CONTROLLER_BUTTON_A);
        s->done = true;
        return;
    default: return;
    }
}

/* The newest file in dir ending in suffix, read whole; NULL when none. */
static char *read_newest(const char *dir, const char *suffix) {
    DIR *d = opendir(dir);
    if (!d) return NULL;
    char best[512] = "";
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name), k = strlen(suffix);
        if (n > k && !strcmp(e->d_name + n - k, suffix) && strcmp(e->d_name, best) > 0)
            snprintf(best, sizeof best, "%s", e->d_name);
    }
    closedir(d);
    if (!best[0]) return NULL;
    char path[1100];
    snprintf(path, sizeof path, "%s/%s", dir, best);
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    static char buf[1 << 18];
    size_t len = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[len] = '\0';
    char *copy = malloc(len + 1);
    if (copy) memcpy(copy, buf, len + 1);
    return copy;
}

static bool has_shot(const char *dir, const char *name) {
    DIR *d = opendir(dir);
    if (!d) return false;
    bool found = false;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strstr(e->d_name, name)) found = true;
    closedir(d);
    return found;
}

/* Drops the line with the date, the only thing two runs on one day may not share. */
static void drop_date(char *md) {
    char *line = strstr(md, " \xC2\xB7 ");
    if (!line) return;
    while (line > md && line[-1] != '\n') line--;
    char *end = strchr(line, '\n');
    if (end) memmove(line, end + 1, strlen(end + 1) + 1);
}

static char *run_session(int w, int h, const char *tag, char **replay_out) {
    char *data = temp_dir(tag);
    char shots[600], rec[600], decks[600];
    snprintf(shots, sizeof shots, "%s/../shots-%s", data, tag);
    snprintf(rec, sizeof rec, "%s/../%s.replay", data, tag);
    snprintf(decks, sizeof decks, "%s", GA_FIXTURES "/good");
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", shots);
    if (system(cmd) != 0) return NULL;
    Script s;
    memset(&s, 0, sizeof s);
    s.pad[0] = (VPad){0x045e, 0x02ea, "Virtual pad one", NULL, -1, 0, {0, 0, 0, 0}, 0, -1};
    s.pad[1] = (VPad){0x054c, 0x0ce6, "Virtual pad two", NULL, -1, 0, {0, 0, 0, 0}, 0, -1};
    s.pad[2] = (VPad){0x057e, 0x2009, "Virtual pad three", NULL, -1, 0, {0, 0, 0, 0}, 0, -1};
    s.held_pad = -1;
    AppOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.data_dir = data;
    opt.decks_dir = decks;
    opt.screenshot_dir = shots;
    opt.record_path = rec;
    opt.width = w;
    opt.height = h;
    opt.windowed = true;
    opt.has_seed = true;
    opt.seed = 7;
    opt.frame_hook = hook;
    opt.hook_ctx = &s;
    int code = app_run(&opt);
    CHECK_INT(code, 0);
    CHECK(s.done);
    CHECK(!s.failed);
    CHECK(has_shot(shots, "-join"));
    CHECK(has_shot(shots, "-join-both"));
    CHECK(has_shot(shots, "-keyboard"));
    CHECK(has_shot(shots, "-card"));
    CHECK(has_shot(shots, "-reveal"));
    CHECK(has_shot(shots, "-reconnect"));
    CHECK(has_shot(shots, "-summary"));
    char sum_dir[700];
    snprintf(sum_dir, sizeof sum_dir, "%s/summaries", data);
    char *md = read_newest(sum_dir, ".md");
    CHECK(md != NULL);
    if (md) {
        CHECK(strstr(md, "# Gray Area: Alex & Sam") != NULL);
        CHECK(strstr(md, "- Sam: if they did it: Uneasy, let's talk") != NULL);
        CHECK(strstr(md, "- Alex: if they did it: Fine") != NULL);
    }
    if (replay_out) *replay_out = strdup(rec);
    return md;
}

static void test_session_1080(void) {
    char *replay = NULL;
    char *md = run_session(1920, 1080, "1080", &replay);
    /* The recording holds the seats and the controller presses, and plays back the same
     * session with no controller attached. */
    if (replay) {
        FILE *f = fopen(replay, "r");
        static char text[1 << 20];
        size_t n = f ? fread(text, 1, sizeof text - 1, f) : 0;
        if (f) fclose(f);
        text[n] = '\0';
        CHECK(strstr(text, " pad joined ") != NULL);
        CHECK(strstr(text, " pad lost ") != NULL);
        CHECK(strstr(text, " pad back ") != NULL);
        CHECK(strstr(text, " pad refused ") != NULL);
        CHECK(strstr(text, " answer 1 3 pad") != NULL);

        char *data = temp_dir("replay.data");
        char shots[700], cmd[800];
        snprintf(shots, sizeof shots, "%s/../shots-replay", data);
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", shots);
        CHECK(system(cmd) == 0);
        AppOptions opt;
        memset(&opt, 0, sizeof opt);
        opt.replay_path = replay;
        opt.data_dir = data;
        opt.decks_dir = GA_FIXTURES "/good";
        opt.screenshot_dir = shots;
        CHECK_INT(app_run(&opt), 0);
        char dir[800];
        snprintf(dir, sizeof dir, "%s/summaries", data);
        char *again = read_newest(dir, ".md");
        CHECK(again != NULL);
        CHECK(has_shot(shots, "-reconnect"));
        if (md && again) {
            drop_date(md);
            drop_date(again);
            CHECK_STR(again, md);
        }
        free(again);
        free(replay);
    }
    free(md);
}

static void test_session_2160(void) { free(run_session(3840, 2160, "2160", NULL)); }

/* The on-screen keyboard without controllers: TV mode set in settings, a real keyboard
 * types, the mouse clicks keys, Backspace deletes, Enter is done. */
typedef struct KeyScript {
    int step;
    bool done, failed;
} KeyScript;

static void push_key(SDL_Scancode sc) {
    SDL_Event e;
    SDL_zero(e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.scancode = sc;
    e.key.keysym.sym = SDL_GetKeyFromScancode(sc);
    SDL_PushEvent(&e);
}

static void push_text(const char *t) {
    SDL_Event e;
    SDL_zero(e);
    e.type = SDL_TEXTINPUT;
    snprintf(e.text.text, sizeof e.text.text, "%s", t);
    SDL_PushEvent(&e);
}

static void push_click_at(App *app, int row, int col) {
    SDL_FRect r = osk_key_rect(app, row, col);
    SDL_Event e;
    SDL_zero(e);
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = app->view.x + (int)(r.x + r.w * 0.5f); /* window points: no HiDPI under dummy */
    e.button.y = app->view.y + (int)(r.y + r.h * 0.5f);
    SDL_PushEvent(&e);
    e.type = SDL_MOUSEBUTTONUP;
    SDL_PushEvent(&e);
}

static void push_click_key(App *app, const char *label) {
    int row, col;
    if (osk_key_position(label, &row, &col)) push_click_at(app, row, col);
}

static void key_hook(App *app, void *ctx) {
    KeyScript *k = ctx;
    if (k->done || k->failed) return;
    if (app->now > 30000) {
        fprintf(stderr, "keyboard script, step %d: timed out on %s\n", k->step,
                app_top(app) ? app_top(app)->name : "none");
        k->failed = true;
        app_quit(app, 3);
        return;
    }
    switch (k->step) {
    case 0:
        if (!top_is(app, "title") || app->now < 200) return;
        CHECK(app->tv);                /* from the settings file */
        push_key(SDL_SCANCODE_RETURN); /* Play: no controller, straight to setup */
        break;
    case 1:
        if (!top_is(app, "setup")) return;
        push_key(SDL_SCANCODE_DOWN);
        push_key(SDL_SCANCODE_RETURN); /* Player 1's name: the TV layout brings the keyboard */
        break;
    case 2:
        if (!top_is(app, "keyboard")) return;
        push_text("Jo");
        break;
    case 3: push_click_key(app, "e"); break;
    case 4:
        CHECK_STR(app->settings.names[0], "Joe");
        push_key(SDL_SCANCODE_BACKSPACE);
        push_click_key(app, "Space");
        push_text("ann");
        break;
    case 5:
        CHECK_STR(app->settings.names[0], "Jo ann");
        push_key(SDL_SCANCODE_RETURN); /* done */
        break;
    case 6:
        if (!top_is(app, "setup")) return;
        CHECK_STR(app->settings.names[0], "Jo ann");
        push_key(SDL_SCANCODE_DOWN);
        push_key(SDL_SCANCODE_RETURN); /* Player 2's name */
        break;
    case 7:
        if (!top_is(app, "keyboard")) return;
        push_click_key(app, "\xC3\xA0\xC3\xA9"); /* the accents page */
        break;
    case 8:
        push_click_at(app, 1, 9);                /* é, a capital at the start of a name */
        push_click_key(app, "\xC3\xA0\xC3\xA9"); /* back to plain letters */
        push_text("lodie");
        push_key(SDL_SCANCODE_RETURN);
        break;
    case 9:
        if (!top_is(app, "setup")) return;
        CHECK_STR(app->settings.names[1], "\xC3\x89lodie");
        push_key(SDL_SCANCODE_ESCAPE);
        break;
    case 10:
        if (!top_is(app, "title")) return;
        k->done = true;
        app_quit(app, 0);
        return;
    default: return;
    }
    k->step++;
}

static void test_keyboard_mouse(void) {
    char *data = temp_dir("keys.data");
    write_file(data, "settings.ini", "tv_mode = yes\n");
    KeyScript k = {0, false, false};
    AppOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.data_dir = data;
    opt.decks_dir = GA_FIXTURES "/good";
    opt.width = 1280;
    opt.height = 720;
    opt.windowed = true;
    opt.frame_hook = key_hook;
    opt.hook_ctx = &k;
    CHECK_INT(app_run(&opt), 0);
    CHECK(k.done);
}

int main(void) {
    setenv("SDL_VIDEODRIVER", "dummy", 0);
    setenv("SDL_AUDIODRIVER", "dummy", 0);
    RUN(test_glyph_sets);
    RUN(test_mappings);
    RUN(test_replay_lines);
    RUN(test_hotplug);
    RUN(test_session_1080);
    RUN(test_session_2160);
    RUN(test_keyboard_mouse);
    return harness_finish();
}
