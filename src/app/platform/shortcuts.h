/* The facilitator's keyboard shortcuts: Ctrl (or Cmd) with a letter or an arrow, plus
 * Delete and Page Up / Page Down. None of them is a player's key: the players' keys are
 * bare keys (1-4, 7-0, Q, P, 5, -, Space, arrows, Tab, Enter, Esc) and input.c ignores
 * them while Ctrl is held, so a shortcut can never answer, take back or leave anything
 * out, and a player's key can never act for the facilitator. The letters also avoid Q and
 * P, so a shortcut pressed without its Ctrl does nothing at all. Gamepads have none.
 *
 *   Ctrl+K skip        Ctrl+B back       Ctrl+H pause/resume    Ctrl+T timer
 *   Ctrl+Up, Ctrl+Down  the timer a minute longer or shorter; in the planner, move a
 *                       scenario up or down the plan
 *   Ctrl+V verdicts    Ctrl+E end        Ctrl+S save (plan, summary)   Ctrl+O open a plan
 *   Ctrl+R rename a plan
 *   Delete (or Backspace) remove          Page Up / Page Down scroll a preview
 *
 * Letters follow the keyboard layout in use (the key that prints K), as shortcuts do in
 * other programs. */
#ifndef GA_SHORTCUTS_H
#define GA_SHORTCUTS_H

#include <SDL.h>
#include <stdbool.h>

typedef enum Command {
    CMD_NONE,
    CMD_SKIP,
    CMD_BACK,
    CMD_PAUSE,
    CMD_TIMER,
    CMD_UP,   /* Ctrl+Up: the timer a minute longer; in the plan, move the scenario up */
    CMD_DOWN, /* Ctrl+Down: the timer a minute shorter; in the plan, move it down */
    CMD_VERDICTS,
    CMD_END,
    CMD_SAVE,
    CMD_OPEN,
    CMD_RENAME,
    CMD_REMOVE,
    CMD_PAGE_UP,
    CMD_PAGE_DOWN,
    CMD_COUNT
} Command;

/* The command a key press gives, or CMD_NONE. Repeats give only the arrows and the pages
 * (holding Ctrl+Up walks an item up the list). */
Command shortcuts_translate(const SDL_KeyboardEvent *key);
/* The key cap for a command ("Ctrl K"), following the layout in use. Static string. */
const char *shortcuts_label(Command c);
/* Names for replays ("skip") and back; -1 when unknown. */
const char *shortcuts_name(Command c);
int shortcuts_from_name(const char *name);

#endif
