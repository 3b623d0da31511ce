// CBLAS: OpenBLAS's CBLAS interface (apt `libopenblas-dev`); the same API as Apple's Accelerate.
// OpenBLAS's cblas.h also declares openblas_set_num_threads / openblas_get_num_threads.
#include <cblas.h>
