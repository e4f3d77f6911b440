/* A preload for bench/app.sh (LD_PRELOAD): notes when a program first presents a frame
 * in a window that is showing, by writing to the file named by GA_BENCH_FIRST_FRAME
 * the time (CLOCK_REALTIME, ns) and the CPU time the process had used by then (µs).
 * Frames presented while the window is still hidden do not count: nobody sees them.
 * The same measure for the game and the bare program. */
#define _GNU_SOURCE
#include <SDL.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

typedef void (*PresentFn)(SDL_Renderer *);
typedef SDL_Window *(*GetWindowFn)(SDL_Renderer *);
typedef Uint32 (*FlagsFn)(SDL_Window *);

static int noted;

void SDL_RenderPresent(SDL_Renderer *r) {
    static PresentFn real;
    static GetWindowFn get_window;
    static FlagsFn flags;
    if (!real) {
        /* Object to function pointers, without the pedantic warning. */
        void *p = dlsym(RTLD_NEXT, "SDL_RenderGetWindow");
        memcpy(&get_window, &p, sizeof p);
        p = dlsym(RTLD_NEXT, "SDL_GetWindowFlags");
        memcpy(&flags, &p, sizeof p);
        p = dlsym(RTLD_NEXT, "SDL_RenderPresent");
        memcpy(&real, &p, sizeof p);
    }
    real(r);
    if (noted) return;
    SDL_Window *w = get_window(r);
    if (!w || !(flags(w) & SDL_WINDOW_SHOWN)) return;
    noted = 1;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    const char *path = getenv("GA_BENCH_FIRST_FRAME");
    FILE *f = path ? fopen(path, "w") : NULL;
    if (!f) return;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    long long cpu =
        (long long)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000LL + ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
    fprintf(f, "%lld %lld\n", (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec, cpu);
    fclose(f);
    /* For profiling the start-up alone (perf record ...): stop right here. */
    if (getenv("GA_BENCH_EXIT")) _exit(0);
}
