// glibc's C99 complex functions, which numpy's complex ufuncs call (npymath uses the
// platform's csqrt, cexp, clog, cpow, ...). Swift does not import `double _Complex`, so each
// wrapper takes and returns the parts as plain doubles.
#include <complex.h>

typedef struct { double real; double imag; } swnb_complex;

static inline swnb_complex swnb_pack(double _Complex z) {
    swnb_complex r = { __real__ z, __imag__ z };
    return r;
}

static inline double _Complex swnb_make(double re, double im) {
    return __builtin_complex(re, im);
}

static inline swnb_complex swnb_csqrt(double re, double im) { return swnb_pack(csqrt(swnb_make(re, im))); }
static inline swnb_complex swnb_cexp(double re, double im) { return swnb_pack(cexp(swnb_make(re, im))); }
static inline swnb_complex swnb_clog(double re, double im) { return swnb_pack(clog(swnb_make(re, im))); }
static inline swnb_complex swnb_csin(double re, double im) { return swnb_pack(csin(swnb_make(re, im))); }
static inline swnb_complex swnb_ccos(double re, double im) { return swnb_pack(ccos(swnb_make(re, im))); }
static inline swnb_complex swnb_cpow(double ar, double ai, double br, double bi) {
    return swnb_pack(cpow(swnb_make(ar, ai), swnb_make(br, bi)));
}
