/* Gamepads, tested with SDL's virtual joysticks under the dummy video driver: glyph sets per
 * controller type, the mappings file, hotplug by instance id (duplicates, a third pad,
 * unplug and replug), pad lines in replays, a whole session played from the title to quit
 * by two virtual pads through the real event path at 1080p, then replayed from its
 * recording, and the on-screen keyboard with a real keyboard and a mouse. (The 2160p
 * session is test_app_pads_4k; the script is in pads_session.h.) */
#include "app/platform/replay.h"
#include "app/platform/vfs.h"
#include "pads_session.h"

/* Pumps SDL's events into a list the unit tests read (outside app_run). */
static int pump(SDL_Event *out, int max) {
    SDL_GameControllerUpdate();
    SDL_PumpEvents();
    int n = SDL_PeepEvents(out, max, SDL_GETEVENT, SDL_CONTROLLERAXISMOTION, SDL_CONTROLLERDEVICEREMAPPED);
    /* The raw joystick events too, as the game's loop does: left queued they pile up, and
     * SDL walks its whole queue on every unplug (bench/bench_pads, section a'). */
    SDL_FlushEvents(SDL_JOYAXISMOTION, SDL_CONTROLLERAXISMOTION - 1);
    return n;
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
    /* Each SDL controller type, the type the game makes of it, and its glyph set. */
    static const struct {
        int sdl;
        PadType type;
        GlyphSet set;
    } TYPES[] = {
        {SDL_CONTROLLER_TYPE_XBOX360, PAD_XBOX360, GLYPHS_XBOX},
        {SDL_CONTROLLER_TYPE_XBOXONE, PAD_XBOXONE, GLYPHS_XBOX},
        {SDL_CONTROLLER_TYPE_PS4, PAD_PS4, GLYPHS_PLAYSTATION},
        {SDL_CONTROLLER_TYPE_PS5, PAD_PS5, GLYPHS_PLAYSTATION},
        {SDL_CONTROLLER_TYPE_NINTENDO_SWITCH_PRO, PAD_SWITCH, GLYPHS_NINTENDO},
        {SDL_CONTROLLER_TYPE_UNKNOWN, PAD_GENERIC, GLYPHS_GENERIC},
        {SDL_CONTROLLER_TYPE_VIRTUAL, PAD_GENERIC, GLYPHS_GENERIC},
    };
    for (size_t i = 0; i < sizeof TYPES / sizeof TYPES[0]; i++) {
        CHECK_INT(pads_type_from_sdl(TYPES[i].sdl), TYPES[i].type);
        CHECK_INT(glyphs_set(TYPES[i].type), TYPES[i].set);
    }

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

/* Drops the line with the date, the only thing two runs on one day may not share. */
static void drop_date(char *md) {
    char *line = strstr(md, " \xC2\xB7 ");
    if (!line) return;
    while (line > md && line[-1] != '\n') line--;
    char *end = strchr(line, '\n');
    if (end) memmove(line, end + 1, strlen(end + 1) + 1);
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
    /* The rect is on the screens' page; a tall one (big text, the TV's setup) is scrolled. */
    e.button.y = app->view.y + (int)(r.y + r.h * 0.5f) - app->display.scroll;
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
                screen_top(app) ? screen_top(app)->name : "none");
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
    RUN(test_keyboard_mouse);
    return harness_finish();
}
