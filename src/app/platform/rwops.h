/* An SDL_RWops over a PhysicsFS file, so SDL_ttf and SDL_image read only through the VFS. */
#ifndef GA_RWOPS_H
#define GA_RWOPS_H

#include <SDL.h>

/* Opens a virtual file for reading. Returns NULL with SDL_GetError() set when it
 * cannot be opened. Writing through it fails. Close with SDL_RWclose. */
SDL_RWops *rwops_open(const char *vpath);

#endif
