/* Remappable keys: a changed key answers and the old one no longer does; a key another
 * action has, a menu key or a modifier is refused with a reason that names it; settings
 * keep the keys, and keys that clash in a hand-edited file give way to the standard ones. */
#include "app/platform/input.h"
#include "app/platform/settings.h"
#include "app/screens/play.h"
#include "harness.h"

#include <string.h>

/* A key going down (type SDL_KEYDOWN) or up, through the input mapping. */
static bool key(Input *in, Uint32 type, SDL_Scancode sc, InputEvent *out) {
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = type;
    ev.key.keysym.scancode = sc;
    return input_translate(in, &ev, out);
}
static bool press(Input *in, SDL_Scancode sc, InputEvent *out) { return key(in, SDL_KEYDOWN, sc, out); }
static bool release(Input *in, SDL_Scancode sc, InputEvent *out) { return key(in, SDL_KEYUP, sc, out); }

static void expect(const InputEvent *e, InputKind kind, int player, int value) {
    CHECK_INT(e->kind, kind);
    CHECK_INT(e->player, player);
    CHECK_INT(e->value, value);
}

/* Leaving a scenario out is a hold: a remapped leave-out key goes down and comes up as
 * itself, and the hints that name keys name the ones in use. */
static void test_remapped_hold_and_hints(void) {
    Input in;
    input_init(&in);
    KeyMap k;
    input_default_keys(&k);
    CHECK_STR(play_pair_keys(INPUT_VETO), "5 / \xE2\x88\x92");
    CHECK_STR(play_pair_keys(INPUT_UNLOCK), "Q / P");
    k.key[KEY_P1_VETO] = SDL_SCANCODE_T;
    k.key[KEY_P2_UNLOCK] = SDL_SCANCODE_L;
    k.key[KEY_BREAK] = SDL_SCANCODE_B;
    input_set_keys(&k);
    InputEvent e;
    CHECK(press(&in, SDL_SCANCODE_T, &e));
    expect(&e, INPUT_VETO, 0, 1);
    CHECK(release(&in, SDL_SCANCODE_T, &e));
    expect(&e, INPUT_VETO, 0, 0);
    CHECK(!release(&in, SDL_SCANCODE_5, &e)); /* the old key means nothing now */
    CHECK_STR(play_pair_keys(INPUT_VETO), "T / \xE2\x88\x92");
    CHECK_STR(play_pair_keys(INPUT_UNLOCK), "Q / L");
    CHECK_STR(play_key(INPUT_BREAK, -1), "B");
    input_default_keys(&k);
    input_set_keys(&k);
}

static void test_remapped_key_answers(void) {
    Input in;
    input_init(&in);
    KeyMap k;
    input_default_keys(&k);
    char why[200];
    CHECK(input_key_allowed(&k, KEY_P1_ANSWER1, SDL_SCANCODE_A, why, sizeof why));
    k.key[KEY_P1_ANSWER1] = SDL_SCANCODE_A;
    input_set_keys(&k);
    InputEvent e;
    CHECK(press(&in, SDL_SCANCODE_A, &e));
    expect(&e, INPUT_ANSWER, 0, 1);
    CHECK(!press(&in, SDL_SCANCODE_1, &e)); /* the old key is free now */
    CHECK(press(&in, SDL_SCANCODE_MINUS, &e));
    CHECK_INT(e.kind, INPUT_VETO);
    CHECK_INT(e.player, 1);
    CHECK(press(&in, SDL_SCANCODE_R, &e));
    CHECK_INT(e.kind, INPUT_READ);
    input_default_keys(&k);
    input_set_keys(&k);
    CHECK(press(&in, SDL_SCANCODE_1, &e) && e.kind == INPUT_ANSWER);
}

static void test_conflicts_refused(void) {
    KeyMap k;
    input_default_keys(&k);
    char why[200] = "";
    /* Q takes the left player's pick back: not also their answer 2. */
    CHECK(!input_key_allowed(&k, KEY_P1_ANSWER1 + 1, SDL_SCANCODE_Q, why, sizeof why));
    CHECK_STR(why, "Q is already take back for the left player. Change that one first, or choose another key.");
    CHECK(!input_key_allowed(&k, KEY_BREAK, SDL_SCANCODE_7, why, sizeof why));
    CHECK(strstr(why, "answer 1 for the right player") != NULL);
    CHECK(!input_key_allowed(&k, KEY_READ, SDL_SCANCODE_RETURN, why, sizeof why));
    CHECK(strstr(why, "stays with the menus") != NULL);
    CHECK(!input_key_allowed(&k, KEY_READ, SDL_SCANCODE_LSHIFT, why, sizeof why));
    CHECK(!input_key_allowed(&k, KEY_READ, SDL_SCANCODE_KP_5, why, sizeof why));
    /* Its own key again is fine. */
    CHECK(input_key_allowed(&k, KEY_P2_UNLOCK, SDL_SCANCODE_P, why, sizeof why));
}

static void test_capture(void) {
    Input in;
    input_init(&in);
    input_capture_key(&in, true);
    InputEvent e;
    CHECK(press(&in, SDL_SCANCODE_RETURN, &e));
    CHECK_INT(e.kind, INPUT_KEY);
    CHECK_INT(e.value, SDL_SCANCODE_RETURN);
    input_capture_key(&in, false);
    CHECK(press(&in, SDL_SCANCODE_RETURN, &e) && e.kind == INPUT_CONFIRM);
}

static void test_settings_keep_keys(void) {
    Settings s;
    settings_defaults(&s);
    s.keys.key[KEY_P2_UNLOCK] = SDL_SCANCODE_L;
    s.keys.key[KEY_READ] = SDL_SCANCODE_F1;
    s.countdown_ms = 0;
    char buf[4096], err[200];
    size_t n = settings_format(&s, buf, sizeof buf);
    CHECK(n > 0);
    CHECK(strstr(buf, "key_p2_take_back = L\n") != NULL);
    Settings t;
    settings_defaults(&t);
    CHECK(settings_parse(&t, buf, n, err, sizeof err));
    CHECK_INT(t.keys.key[KEY_P2_UNLOCK], SDL_SCANCODE_L);
    CHECK_INT(t.keys.key[KEY_READ], SDL_SCANCODE_F1);
    CHECK_INT(t.countdown_ms, 0);
    /* A hand edit that gives two actions one key: the standard keys, all of them. */
    const char *clash = "key_p1_answer1 = A\nkey_p1_answer2 = A\n";
    settings_defaults(&t);
    CHECK(settings_parse(&t, clash, strlen(clash), err, sizeof err));
    CHECK_INT(t.keys.key[KEY_P1_ANSWER1], SDL_SCANCODE_1);
    CHECK_INT(t.keys.key[KEY_P1_ANSWER1 + 1], SDL_SCANCODE_2);
    const char *menu = "key_break = Return\n";
    settings_defaults(&t);
    CHECK(settings_parse(&t, menu, strlen(menu), err, sizeof err));
    CHECK_INT(t.keys.key[KEY_BREAK], SDL_SCANCODE_SPACE);
}

/* Each player's language is kept with their name; a bad one leaves the default. */
static void test_settings_keep_langs(void) {
    Settings s;
    settings_defaults(&s);
    CHECK_STR(s.langs[0], "");
    snprintf(s.langs[0], sizeof s.langs[0], "es");
    snprintf(s.langs[1], sizeof s.langs[1], "hi");
    char buf[4096], err[200];
    Settings t;
    settings_defaults(&t);
    size_t n = settings_format(&s, buf, sizeof buf);
    CHECK(n > 0 && strstr(buf, "player1_lang = es\nplayer2_lang = hi\n") != NULL);
    CHECK(settings_parse(&t, buf, n, err, sizeof err));
    CHECK_STR(t.langs[0], "es");
    CHECK_STR(t.langs[1], "hi");
    static const char *const BAD[] = {"player1_lang = ../es\n", "player1_lang = e\n",
                                      "player1_lang = averyveryverylonglanguagecode\n", "player1_lang = es hi\n"};
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        settings_defaults(&t);
        CHECK(settings_parse(&t, BAD[i], strlen(BAD[i]), err, sizeof err));
        CHECK_STR(t.langs[0], "");
    }
}

int main(void) {
    RUN(test_settings_keep_langs);
    RUN(test_remapped_key_answers);
    RUN(test_remapped_hold_and_hints);
    RUN(test_conflicts_refused);
    RUN(test_capture);
    RUN(test_settings_keep_keys);
    return harness_finish();
}
