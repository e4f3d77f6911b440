/* Turns SDL events into meaning ({player, action}) before any screen sees them. */
#include "app/platform/input.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/platform/shortcuts.h"

#include <stdio.h>
#include <string.h>

/* The standard keys, by physical position: the number row's left and right ends to
 * answer; right under each player's first answer key to take a pick back, so a hand
 * does not have to move; just past each player's answer keys to leave a scenario out. */
static const SDL_Scancode DEFAULT_KEYS[KEY_SLOTS] = {
    SDL_SCANCODE_1, SDL_SCANCODE_2,     SDL_SCANCODE_3,     SDL_SCANCODE_4, SDL_SCANCODE_Q,
    SDL_SCANCODE_5, SDL_SCANCODE_7,     SDL_SCANCODE_8,     SDL_SCANCODE_9, SDL_SCANCODE_0,
    SDL_SCANCODE_P, SDL_SCANCODE_MINUS, SDL_SCANCODE_SPACE, SDL_SCANCODE_R,
};

/* The keys in use: one keyboard per machine, so one table (input_set_keys). */
static KeyMap keys = {{
    SDL_SCANCODE_1,
    SDL_SCANCODE_2,
    SDL_SCANCODE_3,
    SDL_SCANCODE_4,
    SDL_SCANCODE_Q,
    SDL_SCANCODE_5,
    SDL_SCANCODE_7,
    SDL_SCANCODE_8,
    SDL_SCANCODE_9,
    SDL_SCANCODE_0,
    SDL_SCANCODE_P,
    SDL_SCANCODE_MINUS,
    SDL_SCANCODE_SPACE,
    SDL_SCANCODE_R,
}};

static const char *const SLOT_IDS[KEY_SLOTS] = {
    "p1_answer1", "p1_answer2", "p1_answer3", "p1_answer4",   "p1_take_back", "p1_leave_out", "p2_answer1",
    "p2_answer2", "p2_answer3", "p2_answer4", "p2_take_back", "p2_leave_out", "break",        "read_again",
};
static const char *const SLOT_WORDS[KEY_SLOTS] = {
    N_("answer 1 for the left player"),
    N_("answer 2 for the left player"),
    N_("answer 3 for the left player"),
    N_("answer 4 for the left player"),
    N_("take back for the left player"),
    N_("leave out for the left player"),
    N_("answer 1 for the right player"),
    N_("answer 2 for the right player"),
    N_("answer 3 for the right player"),
    N_("answer 4 for the right player"),
    N_("take back for the right player"),
    N_("leave out for the right player"),
    N_("a break"),
    N_("read aloud again"),
};

void input_default_keys(KeyMap *k) { memcpy(k->key, DEFAULT_KEYS, sizeof k->key); }
void input_set_keys(const KeyMap *k) { keys = *k; }
const KeyMap *input_keys(void) { return &keys; }
const char *input_slot_id(KeySlot slot) { return (unsigned)slot < KEY_SLOTS ? SLOT_IDS[slot] : ""; }
const char *input_slot_words(KeySlot slot) { return (unsigned)slot < KEY_SLOTS ? _(SLOT_WORDS[slot]) : ""; }

/* Keys that always keep their meaning, and the keypad (it cannot belong to a half). */
static bool reserved(SDL_Scancode sc) {
    switch (sc) {
    case SDL_SCANCODE_RETURN:
    case SDL_SCANCODE_ESCAPE:
    case SDL_SCANCODE_UP:
    case SDL_SCANCODE_DOWN:
    case SDL_SCANCODE_LEFT:
    case SDL_SCANCODE_RIGHT:
    case SDL_SCANCODE_TAB:
    case SDL_SCANCODE_BACKSPACE:
    case SDL_SCANCODE_PAGEUP:
    case SDL_SCANCODE_PAGEDOWN:
    case SDL_SCANCODE_F11: return true;
    default: return sc >= SDL_SCANCODE_KP_DIVIDE && sc <= SDL_SCANCODE_KP_PERIOD;
    }
}

/* The modifier keys never arrive alone as a key press the game can use. */
static bool modifier(SDL_Scancode sc) { return sc >= SDL_SCANCODE_LCTRL && sc <= SDL_SCANCODE_RGUI; }

bool input_key_allowed(const KeyMap *k, KeySlot slot, SDL_Scancode sc, char *why, size_t n) {
    const char *name = SDL_GetScancodeName(sc);
    if (!name || !*name) name = _("That key");
    if (sc == SDL_SCANCODE_UNKNOWN || modifier(sc)) {
        /* TRANSLATORS: %s is a key's name as SDL gives it ("Left Shift"). */
        snprintf(why, n, _("%s cannot be used alone. Choose another key."), name);
        return false;
    }
    if (reserved(sc)) {
        utf8_snprintf(why, n, _("%s stays with the menus so nobody gets lost. Choose another key."), name);
        return false;
    }
    for (int i = 0; i < KEY_SLOTS; i++)
        if (i != (int)slot && k->key[i] == sc) {
            /* TRANSLATORS: "Q is already answer 1 for the left player. ..." */
            snprintf(why, n, _("%s is already %s. Change that one first, or choose another key."), name,
                     _(SLOT_WORDS[i]));
            return false;
        }
    return true;
}

static const char *const KIND_NAMES[INPUT_KIND_COUNT] = {
    [INPUT_NONE] = "none",           [INPUT_ANSWER] = "answer",     [INPUT_UNLOCK] = "unlock",
    [INPUT_VETO] = "veto",           [INPUT_BREAK] = "break",       [INPUT_UP] = "up",
    [INPUT_DOWN] = "down",           [INPUT_LEFT] = "left",         [INPUT_RIGHT] = "right",
    [INPUT_CONFIRM] = "confirm",     [INPUT_BACK] = "back",         [INPUT_TEXT] = "text",
    [INPUT_BACKSPACE] = "backspace", [INPUT_POINTER_MOVE] = "move", [INPUT_PRESS] = "press",
    [INPUT_CLICK] = "click",         [INPUT_SCROLL] = "scroll",     [INPUT_FULLSCREEN] = "fullscreen",
    [INPUT_RESIZE] = "resize",       [INPUT_QUIT] = "quit",         [INPUT_PAD] = "pad",
    [INPUT_READ] = "read",           [INPUT_KEY] = "key",           [INPUT_COMMAND] = "command",
};

const char *input_kind_name(InputKind kind) {
    return ((unsigned)kind < INPUT_KIND_COUNT && KIND_NAMES[kind]) ? KIND_NAMES[kind] : "none";
}

int input_kind_from_name(const char *name) {
    for (int i = 1; i < INPUT_KIND_COUNT; i++)
        if (KIND_NAMES[i] && !strcmp(KIND_NAMES[i], name)) return i;
    return -1;
}

void input_init(Input *in) {
    memset(in, 0, sizeof *in);
    in->sx = in->sy = 1.0f;
}

void input_set_sizes(Input *in, int win_w, int win_h, int out_w, int out_h) {
    in->out_w = out_w;
    in->out_h = out_h;
    in->sx = win_w > 0 ? (float)out_w / (float)win_w : 1.0f;
    in->sy = win_h > 0 ? (float)out_h / (float)win_h : 1.0f;
}

void input_set_text_mode(Input *in, bool on) {
    if (in->text_mode == on) return;
    in->text_mode = on;
    if (on)
        SDL_StartTextInput();
    else
        SDL_StopTextInput();
}

void input_set_origin(Input *in, int x, int y) {
    in->origin_x = x;
    in->origin_y = y;
}

static void init_event(InputEvent *e, InputKind kind, int player, InputDevice dev) {
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->player = player;
    e->device = dev;
}

void input_capture_key(Input *in, bool on) { in->capture = on; }

static bool key_event(Input *in, const SDL_KeyboardEvent *k, InputEvent *out) {
    SDL_Scancode sc = k->keysym.scancode;
    Uint16 mod = k->keysym.mod;
    if (in->capture && !k->repeat && !modifier(sc)) {
        init_event(out, INPUT_KEY, -1, DEVICE_KEYBOARD);
        out->value = (int)sc;
        return true;
    }
    bool shortcut = (mod & (KMOD_CTRL | KMOD_GUI)) != 0;
    InputKind kind = INPUT_NONE;
    int player = -1, value = 0;

    /* The facilitator's shortcuts come first: Ctrl+Up is theirs, not the menus'. While
     * typing, only the Ctrl ones (Delete and Backspace edit the text). */
    Command cmd = shortcuts_translate(k);
    if (cmd != CMD_NONE && (!in->text_mode || shortcut)) {
        init_event(out, INPUT_COMMAND, -1, DEVICE_KEYBOARD);
        out->value = (int)cmd;
        return true;
    }
    if ((sc == SDL_SCANCODE_RETURN || sc == SDL_SCANCODE_KP_ENTER) && (mod & KMOD_ALT)) {
        kind = k->repeat ? INPUT_NONE : INPUT_FULLSCREEN;
    } else {
        switch (sc) {
        case SDL_SCANCODE_F11: kind = k->repeat ? INPUT_NONE : INPUT_FULLSCREEN; break;
        case SDL_SCANCODE_RETURN:
        case SDL_SCANCODE_KP_ENTER: kind = INPUT_CONFIRM; break;
        case SDL_SCANCODE_ESCAPE: kind = INPUT_BACK; break;
        case SDL_SCANCODE_UP: kind = INPUT_UP; break;
        case SDL_SCANCODE_DOWN: kind = INPUT_DOWN; break;
        case SDL_SCANCODE_LEFT: kind = INPUT_LEFT; break;
        case SDL_SCANCODE_RIGHT: kind = INPUT_RIGHT; break;
        case SDL_SCANCODE_TAB: kind = (mod & KMOD_SHIFT) ? INPUT_UP : INPUT_DOWN; break;
        case SDL_SCANCODE_BACKSPACE: kind = in->text_mode ? INPUT_BACKSPACE : INPUT_NONE; break;
        case SDL_SCANCODE_PAGEUP:
        case SDL_SCANCODE_PAGEDOWN: /* a page's worth of the wheel, wherever a screen scrolls */
            kind = INPUT_SCROLL;
            value = sc == SDL_SCANCODE_PAGEUP ? INPUT_PAGE_LINES : -INPUT_PAGE_LINES;
            break;
        default: break;
        }
    }
    if (kind == INPUT_NONE && !in->text_mode && !k->repeat && !shortcut && !(mod & KMOD_ALT)) {
        for (int slot = 0; slot < KEY_SLOTS && kind == INPUT_NONE; slot++) {
            if (sc != keys.key[slot]) continue;
            int p = slot / KEY_PLAYER_SLOTS, i = slot % KEY_PLAYER_SLOTS;
            if (slot == KEY_BREAK)
                kind = INPUT_BREAK;
            else if (slot == KEY_READ)
                kind = INPUT_READ;
            else {
                kind = i < 4 ? INPUT_ANSWER : i == 4 ? INPUT_UNLOCK : INPUT_VETO;
                player = p;
                value = i < 4 ? i + 1 : i == 5 ? 1 : 0; /* a leave-out key pressed; its release comes as value 0 */
            }
        }
    }
    if (kind == INPUT_NONE) return false;
    init_event(out, kind, player, DEVICE_KEYBOARD);
    out->value = value;
    return true;
}

bool input_translate(Input *in, const SDL_Event *ev, InputEvent *out) {
    switch (ev->type) {
    case SDL_WINDOWEVENT:
        if (ev->window.event != SDL_WINDOWEVENT_CLOSE) return false;
        init_event(out, INPUT_QUIT, -1, DEVICE_WINDOW);
        return true;
    case SDL_KEYDOWN: return key_event(in, &ev->key, out);
    case SDL_KEYUP:
        /* Only leaving a scenario out is a hold: its release matters (value 0). */
        if (in->text_mode) return false;
        for (int p = 0; p < 2; p++) {
            if (ev->key.keysym.scancode != keys.key[p == 0 ? KEY_P1_VETO : KEY_P2_VETO]) continue;
            init_event(out, INPUT_VETO, p, DEVICE_KEYBOARD);
            out->value = 0;
            return true;
        }
        return false;
    case SDL_TEXTINPUT:
        if (!in->text_mode) return false;
        init_event(out, INPUT_TEXT, -1, DEVICE_KEYBOARD);
        snprintf(out->text, sizeof out->text, "%s", ev->text.text);
        return true;
    case SDL_MOUSEMOTION:
        if (ev->motion.which == SDL_TOUCH_MOUSEID) return false; /* the finger events carry it */
        init_event(out, INPUT_POINTER_MOVE, -1, DEVICE_MOUSE);
        out->x = (int)((float)ev->motion.x * in->sx) - in->origin_x;
        out->y = (int)((float)ev->motion.y * in->sy) - in->origin_y;
        return true;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        if (ev->button.which == SDL_TOUCH_MOUSEID || ev->button.button != SDL_BUTTON_LEFT) return false;
        if (ev->type == SDL_MOUSEBUTTONUP && !in->pressed) return false; /* a press that began elsewhere */
        in->pressed = ev->type == SDL_MOUSEBUTTONDOWN;
        init_event(out, ev->type == SDL_MOUSEBUTTONDOWN ? INPUT_PRESS : INPUT_CLICK, -1, DEVICE_MOUSE);
        out->x = (int)((float)ev->button.x * in->sx) - in->origin_x;
        out->y = (int)((float)ev->button.y * in->sy) - in->origin_y;
        return true;
    case SDL_MOUSEWHEEL: {
        int y = ev->wheel.y;
        if (ev->wheel.direction == SDL_MOUSEWHEEL_FLIPPED) y = -y;
        if (y == 0) return false;
        init_event(out, INPUT_SCROLL, -1, DEVICE_MOUSE);
        out->value = y;
        return true;
    }
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
    case SDL_FINGERMOTION:
        init_event(out,
                   ev->type == SDL_FINGERDOWN ? INPUT_PRESS
                   : ev->type == SDL_FINGERUP ? INPUT_CLICK
                                              : INPUT_POINTER_MOVE,
                   -1, DEVICE_TOUCH);
        /* Finger positions are 0..1 across the window. */
        out->x = (int)(ev->tfinger.x * (float)in->out_w) - in->origin_x;
        out->y = (int)(ev->tfinger.y * (float)in->out_h) - in->origin_y;
        return true;
    default: return false;
    }
}

bool input_pad_button(int button, bool yes_is_right, InputEvent *out) {
    InputKind kind, menu;
    int value = 0;
    /* SDL's A/B/X/Y are positions here (bottom/right/left/top): pads.c turns off
     * SDL's label-based swap for Nintendo controllers. */
    switch (button) {
    case SDL_CONTROLLER_BUTTON_A:
        kind = INPUT_ANSWER, value = 1, menu = yes_is_right ? INPUT_BACK : INPUT_CONFIRM;
        break;
    case SDL_CONTROLLER_BUTTON_B:
        kind = INPUT_ANSWER, value = 2, menu = yes_is_right ? INPUT_CONFIRM : INPUT_BACK;
        break;
    case SDL_CONTROLLER_BUTTON_X: kind = INPUT_ANSWER, value = 3, menu = INPUT_BACKSPACE; break;
    case SDL_CONTROLLER_BUTTON_Y: kind = INPUT_ANSWER, value = 4, menu = INPUT_TEXT; break;
    case SDL_CONTROLLER_BUTTON_LEFTSHOULDER: kind = menu = INPUT_UNLOCK; break;
    /* "Done" only means something on a card taken in turns; a stray press elsewhere
     * should not confirm a dialog. */
    case SDL_CONTROLLER_BUTTON_RIGHTSHOULDER: kind = INPUT_CONFIRM, menu = INPUT_NONE; break;
    case SDL_CONTROLLER_BUTTON_START: kind = menu = INPUT_BREAK; break;
    case SDL_CONTROLLER_BUTTON_BACK: kind = menu = INPUT_BACK; break;
    case SDL_CONTROLLER_BUTTON_RIGHTSTICK: kind = menu = INPUT_VETO, value = 1; break; /* held: see input.h */
    case SDL_CONTROLLER_BUTTON_LEFTSTICK: kind = menu = INPUT_READ; break;
    case SDL_CONTROLLER_BUTTON_DPAD_UP: kind = menu = INPUT_UP; break;
    case SDL_CONTROLLER_BUTTON_DPAD_DOWN: kind = menu = INPUT_DOWN; break;
    case SDL_CONTROLLER_BUTTON_DPAD_LEFT: kind = menu = INPUT_LEFT; break;
    case SDL_CONTROLLER_BUTTON_DPAD_RIGHT: kind = menu = INPUT_RIGHT; break;
    default: return false;
    }
    init_event(out, kind, -1, DEVICE_GAMEPAD);
    out->value = value;
    out->menu_kind = menu;
    if (menu == INPUT_TEXT) snprintf(out->text, sizeof out->text, " ");
    return true;
}

const char *input_key_label(InputKind kind, int player, int value) {
    static char labels[KEY_SLOTS][16];
    int slot;
    bool seat = player >= 0 && player <= 1;
    switch (kind) {
    case INPUT_ANSWER:
        if (!seat || value < 1 || value > 4) return "";
        slot = player * KEY_PLAYER_SLOTS + value - 1;
        break;
    case INPUT_UNLOCK:
        if (!seat) return "";
        slot = player * KEY_PLAYER_SLOTS + 4;
        break;
    case INPUT_VETO:
        if (!seat) return "";
        slot = player * KEY_PLAYER_SLOTS + 5;
        break;
    case INPUT_BREAK: slot = KEY_BREAK; break;
    case INPUT_READ: slot = KEY_READ; break;
    case INPUT_CONFIRM: return "Enter";
    case INPUT_BACK: return "Esc";
    case INPUT_FULLSCREEN: return "F11";
    default: return "";
    }
    return input_scancode_label(keys.key[slot], labels[slot], sizeof labels[slot]);
}

const char *input_scancode_label(SDL_Scancode sc, char *out, size_t n) {
    /* What the key prints on this layout (Q is A on AZERTY). SDL's name is a shared
     * buffer, so copy it. */
    const char *name = SDL_GetKeyName(SDL_GetKeyFromScancode(sc));
    if (!name || !*name) name = SDL_GetScancodeName(sc);
    snprintf(out, n, "%s", name);
    return out;
}
