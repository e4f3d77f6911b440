/* Screenshots (--screenshot-dir): a PNG of every new screen, named NNN-<screen>.png. */
#define _XOPEN_SOURCE 700

#include "app/platform/shot.h"

#include "app/platform/os.h"
#include "app/platform/realfile.h"
#include "app/platform/vfs.h"
#include "core/util.h"

#include <SDL_image.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

bool shot_init(Shot *s, const char *dir, char *err, size_t n) {
    memset(s, 0, sizeof *s);
    if (!dir) return true;
    if (snprintf(s->dir, sizeof s->dir, "%s", dir) >= (int)sizeof s->dir) {
        s->dir[0] = '\0';
        snprintf(err, n, "%s: path too long", dir);
        return false;
    }
    if (os_kind(dir) == OS_MISSING && os_mkdir_private(dir) != 0) {
        utf8_snprintf(err, n, "cannot create the screenshot folder %s: %s", dir, strerror(errno));
        s->dir[0] = '\0';
        return false;
    }
    if (os_kind(dir) != OS_DIR) {
        utf8_snprintf(err, n, "the screenshot folder %s is not a folder", dir);
        s->dir[0] = '\0';
        return false;
    }
    return true;
}

bool shot_enabled(const Shot *s) { return s->dir[0] != '\0'; }

bool shot_save(Shot *s, SDL_Renderer *r, const char *name, char *err, size_t n) {
    if (!shot_enabled(s)) return true;
    int w, h;
    if (SDL_GetRendererOutputSize(r, &w, &h) != 0) {
        snprintf(err, n, "screenshot: %s", SDL_GetError());
        return false;
    }
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32);
    if (!surf) {
        snprintf(err, n, "screenshot: %s", SDL_GetError());
        return false;
    }
    char path[1200];
    snprintf(path, sizeof path, "%s/%03d-%s.png", s->dir, ++s->count, name);
    bool ok = SDL_RenderReadPixels(r, NULL, SDL_PIXELFORMAT_RGBA32, surf->pixels, surf->pitch) == 0;
    if (ok) {
        /* The back buffer has no meaningful alpha; a PNG viewer should not show holes. */
        SDL_SetSurfaceBlendMode(surf, SDL_BLENDMODE_NONE);
        Uint8 *px = surf->pixels;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) px[y * surf->pitch + x * 4 + 3] = 255;
        /* Opened like every file named from outside: a named pipe there is refused, not waited on. */
        char why[VFS_ERR_LEN];
        FILE *f = vfs_fopen_file(path, true, why, sizeof why);
        SDL_RWops *rw = f ? SDL_RWFromFP(f, SDL_TRUE) : NULL;
        if (!rw) {
            if (f) fclose(f);
            SDL_SetError("%s", f ? SDL_GetError() : why);
            ok = false;
        } else {
            ok = IMG_SavePNG_RW(surf, rw, 1) == 0;
        }
    }
    if (!ok) utf8_snprintf(err, n, "screenshot %s: %s", path, SDL_GetError());
    SDL_FreeSurface(surf);
    return ok;
}

bool shot_save_text(const Shot *s, const char *name, const char *text, char *err, size_t n) {
    if (!shot_enabled(s)) return true;
    char path[1200], why[VFS_ERR_LEN];
    snprintf(path, sizeof path, "%s/%03d-%s.txt", s->dir, s->count, name);
    FILE *f = vfs_fopen_file(path, true, why, sizeof why);
    bool ok = f && fputs(text, f) >= 0;
    if (f && fclose(f) != 0) ok = false;
    if (!ok) utf8_snprintf(err, n, "screenshot text %s: %s", path, f ? strerror(errno) : why);
    return ok;
}
