/* A helper for tests/install/wine-run.sh (not a test itself): png_same A.png B.png exits
 * 0 when both pictures have the same size and the same pixels, 1 (saying how many pixels
 * differ) when not, 2 when one cannot be read. The two may come from different PNG
 * writers (libpng on Linux, stb on Windows), so their bytes are not compared. */
#include <SDL.h>
#include <SDL_image.h>
#include <stdio.h>

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: png_same A.png B.png\n");
        return 2;
    }
    SDL_Surface *raw[2], *img[2] = {NULL, NULL};
    for (int i = 0; i < 2; i++) {
        raw[i] = IMG_Load(argv[i + 1]);
        img[i] = raw[i] ? SDL_ConvertSurfaceFormat(raw[i], SDL_PIXELFORMAT_ARGB8888, 0) : NULL;
        if (raw[i]) SDL_FreeSurface(raw[i]);
        if (!img[i]) {
            fprintf(stderr, "png_same: cannot read %s: %s\n", argv[i + 1], SDL_GetError());
            return 2;
        }
    }
    int rc = 0;
    if (img[0]->w != img[1]->w || img[0]->h != img[1]->h) {
        printf("%s is %dx%d, %s is %dx%d\n", argv[1], img[0]->w, img[0]->h, argv[2], img[1]->w, img[1]->h);
        rc = 1;
    } else {
        long differ = 0;
        for (int y = 0; y < img[0]->h; y++) {
            const Uint32 *a = (const Uint32 *)((const Uint8 *)img[0]->pixels + y * img[0]->pitch);
            const Uint32 *b = (const Uint32 *)((const Uint8 *)img[1]->pixels + y * img[1]->pitch);
            for (int x = 0; x < img[0]->w; x++) differ += a[x] != b[x];
        }
        if (differ) printf("%ld pixels differ between %s and %s\n", differ, argv[1], argv[2]);
        rc = differ ? 1 : 0;
    }
    SDL_FreeSurface(img[0]);
    SDL_FreeSurface(img[1]);
    return rc;
}
