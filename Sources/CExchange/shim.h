#ifndef TRACKER_CEXCHANGE_SHIM_H
#define TRACKER_CEXCHANGE_SHIM_H
/* Linux's renameat2(RENAME_EXCHANGE): two paths swap places in one step. Swift's Glibc module does not declare
   renameat2 (it needs _GNU_SOURCE) and cannot call the variadic syscall(), so this calls it from C. */
#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

/* 0 when `from` and `to` swapped; otherwise -1 with errno set (ENOSYS or EINVAL where the kernel or file system
   cannot exchange, ENOENT when either is missing). */
static inline int tracker_exchange(const char *from, const char *to) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 2 /* RENAME_EXCHANGE */);
#else
    errno = ENOSYS;
    return -1;
#endif
}
#endif
