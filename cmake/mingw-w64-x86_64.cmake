# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (the win32-thread compilers,
# so nothing needs libwinpthread; -static-libgcc/-static-libstdc++ leave no runtime DLLs).
# GA_CROSS_PREFIX: where scripts/cross-deps installed the dependencies.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-win32)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-win32)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
if(DEFINED ENV{GA_CROSS_PREFIX})
  list(PREPEND CMAKE_FIND_ROOT_PATH $ENV{GA_CROSS_PREFIX})
  set(ENV{PKG_CONFIG_LIBDIR} "$ENV{GA_CROSS_PREFIX}/lib/pkgconfig")
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static-libgcc")
set(CMAKE_SHARED_LINKER_FLAGS_INIT "-static-libgcc -static-libstdc++")
