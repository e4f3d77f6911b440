/* The facilitator's keyboard shortcuts (see shortcuts.h for why these keys). */
#include "app/platform/shortcuts.h"

#include <stdio.h>
#include <string.h>

typedef struct Shortcut {
    Command cmd;
    SDL_Keycode key; /* a letter by what it prints, or an arrow */
    bool ctrl;       /* needs Ctrl (or Cmd) */
    const char *name;
} Shortcut;

static const Shortcut SHORTCUTS[] = {
    {CMD_SKIP, SDLK_k, true, "skip"},
    {CMD_BACK, SDLK_b, true, "back"},
    {CMD_PAUSE, SDLK_h, true, "pause"},
    {CMD_TIMER, SDLK_t, true, "timer"},
    {CMD_UP, SDLK_UP, true, "up"},
    {CMD_DOWN, SDLK_DOWN, true, "down"},
    {CMD_VERDICTS, SDLK_v, true, "verdicts"},
    {CMD_END, SDLK_e, true, "end"},
    {CMD_SAVE, SDLK_s, true, "save"},
    {CMD_OPEN, SDLK_o, true, "open"},
    {CMD_RENAME, SDLK_r, true, "rename"},
    {CMD_REMOVE, SDLK_DELETE, false, "remove"},
    {CMD_PAGE_UP, SDLK_PAGEUP, false, "pageup"},
    {CMD_PAGE_DOWN, SDLK_PAGEDOWN, false, "pagedown"},
};
enum { N_SHORTCUTS = (int)(sizeof SHORTCUTS / sizeof SHORTCUTS[0]) };

static const Shortcut *find(Command c) {
    for (int i = 0; i < N_SHORTCUTS; i++)
        if (SHORTCUTS[i].cmd == c) return &SHORTCUTS[i];
    return NULL;
}

Command shortcuts_translate(const SDL_KeyboardEvent *k) {
    Uint16 mod = k->keysym.mod;
    bool ctrl = (mod & (KMOD_CTRL | KMOD_GUI)) != 0;
    if (mod & KMOD_ALT) return CMD_NONE; /* Alt+Enter and the like belong to the system */
    SDL_Keycode key = k->keysym.sym;
    /* Backspace is Delete on many laptops. */
    if (key == SDLK_BACKSPACE && !ctrl) key = SDLK_DELETE;
    for (int i = 0; i < N_SHORTCUTS; i++) {
        const Shortcut *s = &SHORTCUTS[i];
        if (s->key != key || s->ctrl != ctrl) continue;
        bool repeats = key == SDLK_UP || key == SDLK_DOWN || key == SDLK_PAGEUP || key == SDLK_PAGEDOWN;
        return k->repeat && !repeats ? CMD_NONE : s->cmd;
    }
    return CMD_NONE;
}

const char *shortcuts_label(Command c) {
    static char labels[CMD_COUNT][24];
    const Shortcut *s = find(c);
    if (!s) return "";
    const char *key;
    switch (s->key) {
    case SDLK_UP: key = "\xE2\x86\x91"; break;   /* ↑ */
    case SDLK_DOWN: key = "\xE2\x86\x93"; break; /* ↓ */
    case SDLK_DELETE: return "Delete";
    case SDLK_PAGEUP: return "Page Up";
    case SDLK_PAGEDOWN: return "Page Down";
    default:
        /* The letter is matched by what the key prints, so its name is the cap. */
        key = SDL_GetKeyName(s->key);
        if (!key || !*key) key = "?";
        break;
    }
    snprintf(labels[c], sizeof labels[c], "Ctrl %s", key);
    return labels[c];
}

const char *shortcuts_name(Command c) {
    const Shortcut *s = find(c);
    return s ? s->name : "none";
}

int shortcuts_from_name(const char *name) {
    for (int i = 0; i < N_SHORTCUTS; i++)
        if (!strcmp(SHORTCUTS[i].name, name)) return SHORTCUTS[i].cmd;
    return -1;
}
