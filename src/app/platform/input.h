/* Turns SDL events into meaning ({player, action}) before any screen sees them. */
#ifndef GA_INPUT_H
#define GA_INPUT_H

#include <SDL.h>
#include <stdbool.h>

/* The shared keyboard (by physical key position, so it works on any layout):
 *
 *   left player (0)                 right player (1)
 *   1 2 3 4   answer 1-4            7 8 9 0   answer 1-4
 *   Q         take the pick back    P         take the pick back
 *   5         leave this one out    -         leave this one out (a veto; never says who)
 *
 *   Space        break, for anyone: both can reach it, and nobody has to say why
 *   R            read the screen aloud again (Read aloud), for anyone
 *   Arrows, Tab  move between buttons (Shift+Tab goes back)
 *   Enter        confirm / continue         Esc      back
 *   F11, Alt+Enter  fullscreen
 *
 * The keypad is left out on purpose: it sits in one place, so it cannot belong to
 * one half of the keyboard. Key repeats never answer. While a text field has focus
 * (input_set_text_mode), typing produces only INPUT_TEXT, plus Backspace, Enter,
 * Esc, Tab and the arrows.
 *
 * Gamepads (pads.c opens them and knows whose seat each is; input_pad_button maps):
 *
 *   face buttons   answers 1-4 by position: 1 bottom, 2 right, 3 left, 4 top, whatever
 *                  the labels say (SDL is told to report positions, see pads.c), so the
 *                  glyph drawn under an answer is always the button that gives it
 *   left shoulder  take the pick back          right shoulder  done (taking turns)
 *   Start/Options  break, for anyone           Back/Share/View the session menu (Esc)
 *   right stick click  leave this one out (the veto; never says who)
 *   left stick click   read the screen aloud again
 *   d-pad, left stick  the arrows
 *
 * Face buttons mean two things. While a card is being answered (a screen with
 * Screen.answers) they are answers; everywhere else the app replaces kind with
 * menu_kind before the screen sees the event: the family's "yes" button confirms and
 * its "no" button goes back (bottom/right on Xbox and PlayStation pads, right/bottom
 * on Nintendo ones, as their owners expect), left deletes (INPUT_BACKSPACE) and top
 * types a space (INPUT_TEXT " "), which only text entry uses. An event whose
 * menu_kind is INPUT_NONE there is dropped (the right shoulder). Events from a pad
 * carry device DEVICE_GAMEPAD, device_id = its instance id, and player = its seat
 * (0/1), or -1 while it has none. */

typedef enum InputKind {
    INPUT_NONE,
    INPUT_ANSWER, /* player 0/1, value 1-4 */
    INPUT_UNLOCK, /* player 0/1 */
    INPUT_BREAK,  /* player -1 (anyone) */
    INPUT_UP,
    INPUT_DOWN,
    INPUT_LEFT,
    INPUT_RIGHT,
    INPUT_CONFIRM,
    INPUT_BACK,
    INPUT_TEXT, /* text: UTF-8 typed while a text field has focus */
    INPUT_BACKSPACE,
    INPUT_POINTER_MOVE, /* x, y in output pixels */
    INPUT_PRESS,        /* x, y: primary button or finger down (for a pressed look) */
    INPUT_CLICK,        /* x, y: primary button or finger released: activate what is there */
    INPUT_SCROLL,       /* value: lines, positive scrolls the content up (wheel towards you);
                           Page Up and Page Down give INPUT_PAGE_LINES */
    INPUT_FULLSCREEN,
    INPUT_RESIZE,  /* x, y: the new output size in pixels */
    INPUT_QUIT,    /* the window's close button: the app asks before quitting */
    INPUT_VETO,    /* player 0/1: the leave-out key went down (value 1) or up (value 0); holding
                      it leaves this scenario out (never shown as who) */
    INPUT_PAD,     /* a controller came, went, took a seat...: value a PadChange (pads.h),
                      player the seat or -1, x its PadType, device_id its instance id */
    INPUT_READ,    /* anyone: read the screen aloud again (R, the left stick click) */
    INPUT_KEY,     /* while capturing (input_capture_key): value the SDL scancode pressed */
    INPUT_COMMAND, /* the facilitator's shortcut: value a Command (shortcuts.h), player -1 */
    INPUT_KIND_COUNT
} InputKind;

typedef enum InputDevice {
    DEVICE_NONE,
    DEVICE_KEYBOARD,
    DEVICE_MOUSE,
    DEVICE_TOUCH,
    DEVICE_GAMEPAD, /* value of InputEvent.device_id: the joystick instance id */
    DEVICE_WINDOW,
} InputDevice;

typedef struct InputEvent {
    InputKind kind;
    int player; /* 0, 1, or -1 = anyone / the menu */
    int value;
    int x, y;
    InputDevice device;
    int device_id;
    char text[32];
    /* Gamepads only: what this event means on a screen that takes no answers (see
     * above). INPUT_NONE (0) everywhere else, where kind is all there is. */
    InputKind menu_kind;
} InputEvent;

/* The keys the players can change (Settings -> Keys), one slot each. Menus (Enter, Esc,
 * arrows, Tab, Backspace) and F11 keep their keys: a player who changed everything can
 * always find their way back. */
typedef enum KeySlot {
    KEY_P1_ANSWER1,
    KEY_P1_ANSWER4 = KEY_P1_ANSWER1 + 3,
    KEY_P1_UNLOCK,
    KEY_P1_VETO,
    KEY_P2_ANSWER1,
    KEY_P2_ANSWER4 = KEY_P2_ANSWER1 + 3,
    KEY_P2_UNLOCK,
    KEY_P2_VETO,
    KEY_BREAK,
    KEY_READ,
    KEY_SLOTS
} KeySlot;
enum { KEY_PLAYER_SLOTS = KEY_P2_ANSWER1 - KEY_P1_ANSWER1 };
enum { INPUT_PAGE_LINES = 6 }; /* how far Page Up / Page Down scroll, in wheel lines */

typedef struct KeyMap {
    SDL_Scancode key[KEY_SLOTS];
} KeyMap;

/* The standard keys (the table above). */
void input_default_keys(KeyMap *k);
/* The keys in use from now on, for every keyboard event and key cap label. */
void input_set_keys(const KeyMap *k);
const KeyMap *input_keys(void);
/* The slot's name for settings.ini ("p1_answer1"), and its words for a person
 * ("answer 1 for the left player"). */
const char *input_slot_id(KeySlot slot);
const char *input_slot_words(KeySlot slot);
/* Whether k can take sc for slot; when not, why fills a sentence for the player
 * ("That key already takes the pick back for the right player."). */
bool input_key_allowed(const KeyMap *k, KeySlot slot, SDL_Scancode sc, char *why, size_t why_size);

typedef struct Input {
    bool text_mode;
    /* Window points to output pixels (HiDPI): mouse events come in points. */
    float sx, sy;
    int out_w, out_h;
    int origin_x, origin_y; /* output pixels: the screens' area (input_set_origin) */
    bool pressed;           /* primary button went down inside the window */
    bool capture;           /* the next key press becomes INPUT_KEY (Settings -> Keys) */
} Input;

void input_init(Input *in);
/* Tells the mapping the window and output sizes (call on start and on every resize). */
void input_set_sizes(Input *in, int win_w, int win_h, int out_w, int out_h);
/* Switches between game keys and typing, and starts or stops SDL text input with it. */
void input_set_text_mode(Input *in, bool on);
/* The next key pressed arrives as INPUT_KEY, whatever it is (for choosing a key). */
void input_capture_key(Input *in, bool on);
/* Translates one SDL event; returns false when it means nothing to the game.
 * Game-controller events are pads.c's (pads_translate). */
bool input_translate(Input *in, const SDL_Event *ev, InputEvent *out);
/* Where the screens' area starts in the output (the TV-safe inset): pointer positions
 * are reported relative to it. */
void input_set_origin(Input *in, int x, int y);

/* The meaning of a gamepad button press (an SDL_GameControllerButton) on a controller
 * whose "yes" button is the right-hand one when yes_is_right (Nintendo), else the
 * bottom one. Fills kind, value and menu_kind of out (the rest is zeroed); returns
 * false for buttons that mean nothing (the guide button...). */
bool input_pad_button(int button, bool yes_is_right, InputEvent *out);

/* The label on a player's key cap for an action (INPUT_ANSWER with value 1-4,
 * INPUT_UNLOCK, INPUT_VETO, INPUT_BREAK, INPUT_READ, INPUT_CONFIRM, INPUT_BACK,
 * INPUT_FULLSCREEN), as set (input_set_keys) and following the keyboard layout in use. Returns "" for anything else.
 * The string is static. */
const char *input_key_label(InputKind kind, int player, int value);

/* The label of any key, following the layout in use, into out. Returns out. */
const char *input_scancode_label(SDL_Scancode sc, char *out, size_t n);

/* Names for replays and logs ("answer", "click", ...) and back; -1 when unknown. */
const char *input_kind_name(InputKind kind);
int input_kind_from_name(const char *name);

#endif
