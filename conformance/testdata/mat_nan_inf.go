package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
)

func safeDiv(a, b float64) (float64, error) {
	r := a / b
	if math.IsNaN(r) || math.IsInf(r, 0) {
		return 0, fmt.Errorf("%v / %v is not finite (%v)", a, b, r)
	}
	return r, nil
}

func main() {
	zero := 0.0
	posInf := 1 / zero
	negInf := -1 / zero
	nan := zero / zero
	fmt.Println("1/0 =", posInf, " -1/0 =", negInf, " 0/0 =", nan)
	fmt.Println("math.Inf(1) == 1/0:", math.Inf(1) == posInf)
	fmt.Println("NaN == NaN:", nan == nan, " NaN != NaN:", nan != nan)
	fmt.Println("NaN < 1:", nan < 1, " NaN > 1:", nan > 1)
	fmt.Println("Inf - Inf =", posInf-posInf, " Inf * 0 =", posInf*0)
	fmt.Println("Inf + 1e308 =", posInf+1e308, " -Inf < MinFloat:", negInf < -math.MaxFloat64)
	largest := math.MaxFloat64
	fmt.Println("MaxFloat64 * 2 =", largest*2, " MaxFloat64 + 1 == MaxFloat64:", largest+1 == largest)
	fmt.Println("sqrt(-1) =", math.Sqrt(-1), " log(0) =", math.Log(0), " log(-1) =", math.Log(-1))

	negZero := math.Copysign(0, -1)
	fmt.Println("-0 == 0:", negZero == 0, " signbit:", math.Signbit(negZero), " 1/-0 =", 1/negZero)
	fmt.Printf("formatted: %v %.2f %e %g\n", nan, posInf, negInf, negZero)

	for _, s := range []string{"NaN", "inf", "-Infinity", "+Inf", "nan(0x1)"} {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v err=%v\n", s, v, err)
	}

	for _, p := range [][2]float64{{1, 2}, {1, 0}, {0, 0}, {-3, 0}} {
		if r, err := safeDiv(p[0], p[1]); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("ok:", r)
		}
	}

	// NaN breaks ordinary comparisons, so sort with cmp.Compare.
	data := []float64{3, nan, -1, posInf, 0, negInf, nan, 2.5}
	slices.SortFunc(data, cmp.Compare[float64])
	fmt.Println("sorted with cmp.Compare:", data)
	fmt.Println("slices.Max with NaN:", slices.Max(data), " without:", slices.Max(data[2:]))
	fmt.Println("math.Max(NaN, 1):", math.Max(nan, 1), " math.Min(-0, 0):", math.Min(negZero, 0))

	m := map[float64]int{}
	m[nan]++
	m[nan]++
	m[1]++
	fmt.Println("map with NaN keys has length", len(m))

	var sum, count float64
	for _, v := range data {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		sum += v
		count++
	}
	fmt.Printf("mean of finite values: %.3f\n", sum/count)
}
