/* Screenshots (--screenshot-dir): a PNG of every new screen, named NNN-<screen>.png. */
#ifndef GA_SHOT_H
#define GA_SHOT_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct Shot {
    char dir[1024]; /* "" when screenshots are off */
    int count;
} Shot;

/* Turns screenshots on (dir is created if missing) or off (dir NULL). */
bool shot_init(Shot *s, const char *dir, char *err, size_t err_size);
bool shot_enabled(const Shot *s);
/* Saves what has been drawn so far in this frame (call before SDL_RenderPresent) as
 * DIR/NNN-name.png. name should be a short, file-safe word ("title"). */
bool shot_save(Shot *s, SDL_Renderer *r, const char *name, char *err, size_t err_size);

/* Beside the last picture: DIR/NNN-name.txt holding text (what that screen said, a
 * line per string drawn), so a test can read what the picture shows. */
bool shot_save_text(const Shot *s, const char *name, const char *text, char *err, size_t err_size);

#endif
