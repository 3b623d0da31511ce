// FMA peak of one core: 12 independent 512-bit and 256-bit FMA chains, 3 rounds; the FLOP rate a GEMM can approach.
// The 512-bit chains run only where the CPU has AVX-512F (one binary for both kinds of CPU).
// Build and run: gcc -O2 -mfma -mavx2 benchmarks/fma_peak.c -o /tmp/fma_peak && taskset -c 1 /tmp/fma_peak
#include <immintrin.h>
#include <stdio.h>
#include <time.h>
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
static const long N=400000000L/16;

__attribute__((target("avx512f"))) static float peak512(void){
  __m512 a[12]; __m512 x=_mm512_set1_ps(0.999999f), y=_mm512_set1_ps(1e-7f); float out=0;
  for(int i=0;i<12;i++) a[i]=_mm512_set1_ps((float)i);
  double t=now();
  for(long n=0;n<N;n++){
    #pragma GCC unroll 12
    for(int i=0;i<12;i++) a[i]=_mm512_fmadd_ps(a[i],x,y);
  }
  double s=now()-t; for(int i=0;i<12;i++) out+=_mm512_reduce_add_ps(a[i]);
  printf("512-bit: %.1f GFLOP/s\n", (double)N*12*16*2/s/1e9);
  return out;
}

static float peak256(void){
  __m256 b[12]; __m256 x2=_mm256_set1_ps(0.999999f), y2=_mm256_set1_ps(1e-7f); float out=0;
  for(int i=0;i<12;i++) b[i]=_mm256_set1_ps((float)i);
  double t=now();
  for(long n=0;n<N;n++){
    #pragma GCC unroll 12
    for(int i=0;i<12;i++) b[i]=_mm256_fmadd_ps(b[i],x2,y2);
  }
  double s=now()-t; float tmp[8]; for(int i=0;i<12;i++){_mm256_storeu_ps(tmp,b[i]); out+=tmp[0];}
  printf("256-bit: %.1f GFLOP/s\n", (double)N*12*8*2/s/1e9);
  return out;
}

int main(void){
  float out=0;
  int wide=__builtin_cpu_supports("avx512f");
  if(!wide) printf("512-bit: not run (no AVX-512F on this CPU)\n");
  for(int rep=0;rep<3;rep++){
    if(wide) out+=peak512();
    out+=peak256();
  }
  return out==12345.f;
}
