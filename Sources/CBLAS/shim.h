// CBLAS: OpenBLAS's CBLAS interface (apt `libopenblas-dev`); the same API as Apple's Accelerate.
// OpenBLAS's cblas.h also declares openblas_set_num_threads / openblas_get_num_threads.
#include <cblas.h>

// OpenBLAS exports this (its fork handler calls it) but no header declares it: it stops the library's idle thread
// pool, which spins for about 0.1 s after the library loads. The pool is started again if a later call needs it.
int blas_thread_shutdown_(void);
