/* An SDL_RWops over a PhysicsFS file, so SDL_ttf and SDL_image read only through the VFS. */
#include "app/platform/rwops.h"

#include <physfs.h>

static PHYSFS_File *file_of(SDL_RWops *rw) { return (PHYSFS_File *)rw->hidden.unknown.data1; }

static const char *physfs_error(void) {
    const char *e = PHYSFS_getErrorByCode(PHYSFS_getLastErrorCode());
    return e ? e : "unknown error";
}

static Sint64 SDLCALL rw_size(SDL_RWops *rw) {
    PHYSFS_sint64 n = PHYSFS_fileLength(file_of(rw));
    if (n < 0) return SDL_SetError("PhysicsFS: cannot tell the size: %s", physfs_error());
    return (Sint64)n;
}

static Sint64 SDLCALL rw_seek(SDL_RWops *rw, Sint64 offset, int whence) {
    PHYSFS_File *f = file_of(rw);
    Sint64 base;
    switch (whence) {
    case RW_SEEK_SET: base = 0; break;
    case RW_SEEK_CUR:
        base = (Sint64)PHYSFS_tell(f);
        if (base < 0) return SDL_SetError("PhysicsFS: %s", physfs_error());
        break;
    case RW_SEEK_END:
        base = (Sint64)PHYSFS_fileLength(f);
        if (base < 0) return SDL_SetError("PhysicsFS: cannot seek from the end: %s", physfs_error());
        break;
    default: return SDL_SetError("PhysicsFS: bad whence %d", whence);
    }
    if ((offset < 0 && base + offset < 0) || (offset > 0 && base > SDL_MAX_SINT64 - offset))
        return SDL_SetError("PhysicsFS: seek out of range");
    Sint64 pos = base + offset;
    if (!PHYSFS_seek(f, (PHYSFS_uint64)pos)) return SDL_SetError("PhysicsFS: %s", physfs_error());
    return pos;
}

/* SDL counts in objects of size bytes; a partial object at the end is not counted. */
static size_t SDLCALL rw_read(SDL_RWops *rw, void *ptr, size_t size, size_t maxnum) {
    if (size == 0 || maxnum == 0) return 0;
    if (maxnum > SDL_MAX_SINT64 / size) maxnum = SDL_MAX_SINT64 / size;
    PHYSFS_sint64 got = PHYSFS_readBytes(file_of(rw), ptr, (PHYSFS_uint64)(size * maxnum));
    if (got < 0) {
        SDL_SetError("PhysicsFS: %s", physfs_error());
        return 0;
    }
    return (size_t)got / size;
}

static size_t SDLCALL rw_write(SDL_RWops *rw, const void *ptr, size_t size, size_t num) {
    (void)rw;
    (void)ptr;
    (void)size;
    (void)num;
    SDL_SetError("PhysicsFS: this file is read-only");
    return 0;
}

static int SDLCALL rw_close(SDL_RWops *rw) {
    int ok = PHYSFS_close(file_of(rw));
    SDL_FreeRW(rw);
    return ok ? 0 : SDL_SetError("PhysicsFS: %s", physfs_error());
}

SDL_RWops *rwops_open(const char *vpath) {
    PHYSFS_File *f = PHYSFS_openRead(vpath);
    if (!f) {
        SDL_SetError("%s: %s", vpath, physfs_error());
        return NULL;
    }
    SDL_RWops *rw = SDL_AllocRW();
    if (!rw) {
        PHYSFS_close(f);
        return NULL;
    }
    rw->type = SDL_RWOPS_UNKNOWN;
    rw->size = rw_size;
    rw->seek = rw_seek;
    rw->read = rw_read;
    rw->write = rw_write;
    rw->close = rw_close;
    rw->hidden.unknown.data1 = f;
    rw->hidden.unknown.data2 = NULL;
    return rw;
}
