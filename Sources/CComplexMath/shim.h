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
static inline swnb_complex swnb_ctan(double re, double im) { return swnb_pack(ctan(swnb_make(re, im))); }
static inline swnb_complex swnb_casin(double re, double im) { return swnb_pack(casin(swnb_make(re, im))); }
static inline swnb_complex swnb_cacos(double re, double im) { return swnb_pack(cacos(swnb_make(re, im))); }
static inline swnb_complex swnb_catan(double re, double im) { return swnb_pack(catan(swnb_make(re, im))); }
static inline swnb_complex swnb_csinh(double re, double im) { return swnb_pack(csinh(swnb_make(re, im))); }
static inline swnb_complex swnb_ccosh(double re, double im) { return swnb_pack(ccosh(swnb_make(re, im))); }
static inline swnb_complex swnb_ctanh(double re, double im) { return swnb_pack(ctanh(swnb_make(re, im))); }
static inline swnb_complex swnb_casinh(double re, double im) { return swnb_pack(casinh(swnb_make(re, im))); }
static inline swnb_complex swnb_cacosh(double re, double im) { return swnb_pack(cacosh(swnb_make(re, im))); }
static inline swnb_complex swnb_catanh(double re, double im) { return swnb_pack(catanh(swnb_make(re, im))); }
static inline swnb_complex swnb_cpow(double ar, double ai, double br, double bi) {
    return swnb_pack(cpow(swnb_make(ar, ai), swnb_make(br, bi)));
}
