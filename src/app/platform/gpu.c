/* Telling a GPU from a CPU rasterizer behind OpenGL. */
#include "app/platform/gpu.h"

#include <string.h>
#ifdef __linux__
#include <unistd.h>
#endif

#ifdef _WIN32
#define GA_GLAPI __stdcall
#else
#define GA_GLAPI
#endif
typedef const unsigned char *(GA_GLAPI *GlGetStringFn)(unsigned int);

bool gpu_renderer_is_cpu(SDL_Renderer *r) {
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(r, &info) != 0 || strncmp(info.name, "opengl", 6) != 0) return false;
    void *sym = SDL_GL_GetProcAddress("glGetString");
    if (!sym) return false;
    GlGetStringFn get;
    memcpy(&get, &sym, sizeof get); /* object to function pointer, without the pedantic warning */
    const char *name = (const char *)get(0x1F01 /* GL_RENDERER */);
    if (!name) return false;
    SDL_Log("app: OpenGL renderer: %s", name);
    return strstr(name, "llvmpipe") || strstr(name, "softpipe") || strstr(name, "Software Rasterizer") ||
           strstr(name, "SWR");
}

bool gpu_likely(void) {
#ifdef __linux__
    return access("/dev/dri", F_OK) == 0 || access("/dev/nvidiactl", F_OK) == 0;
#else
    return true;
#endif
}
