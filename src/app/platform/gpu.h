/* Whether a GPU is worth using. On a machine without one, Mesa's OpenGL rasterizes on the
 * CPU at a cost (about 110 MB and 150 ms more at start, slower frames) that SDL's own
 * software renderer does not have (STYLE.md). Plain SDL: the start-up benchmark's bare
 * program (bench/bare.c) makes the same choice with it. */
#ifndef GA_GPU_H
#define GA_GPU_H

#include <SDL.h>
#include <stdbool.h>

/* False when no GPU device is there at all (Linux: no /dev/dri, no NVIDIA node), so
 * trying an OpenGL context first would only cost time. */
bool gpu_likely(void);
/* Whether an accelerated renderer is really a CPU rasterizer (llvmpipe and friends). */
bool gpu_renderer_is_cpu(SDL_Renderer *r);

#endif
