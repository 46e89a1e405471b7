package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Version struct {
	Major, Minor, Patch int
	Pre                 []string
	raw                 string
}

var ErrInvalid = errors.New("invalid semantic version")

func Parse(s string) (Version, error) {
	v := Version{raw: s}
	core := strings.TrimPrefix(s, "v")
	core, _, _ = strings.Cut(core, "+") // build metadata is ignored
	core, pre, hasPre := strings.Cut(core, "-")
	nums := strings.Split(core, ".")
	if len(nums) != 3 {
		return v, fmt.Errorf("%q: %w", s, ErrInvalid)
	}
	dst := []*int{&v.Major, &v.Minor, &v.Patch}
	for i, n := range nums {
		x, err := strconv.Atoi(n)
		if err != nil || x < 0 {
			return v, fmt.Errorf("%q: component %d: %w", s, i, ErrInvalid)
		}
		*dst[i] = x
	}
	if hasPre {
		v.Pre = strings.Split(pre, ".")
	}
	return v, nil
}

func comparePre(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return cmp.Compare(len(b), len(a)) // release > prerelease
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		na, errA := strconv.Atoi(a[i])
		nb, errB := strconv.Atoi(b[i])
		var c int
		switch {
		case errA == nil && errB == nil:
			c = cmp.Compare(na, nb)
		case errA == nil:
			c = -1
		case errB == nil:
			c = 1
		default:
			c = strings.Compare(a[i], b[i])
		}
		if c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}

func (v Version) Compare(o Version) int {
	if c := cmp.Compare(v.Major, o.Major); c != 0 {
		return c
	}
	if c := cmp.Compare(v.Minor, o.Minor); c != 0 {
		return c
	}
	if c := cmp.Compare(v.Patch, o.Patch); c != 0 {
		return c
	}
	return comparePre(v.Pre, o.Pre)
}

func main() {
	inputs := []string{
		"1.0.0", "v2.1.3", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.11",
		"1.0.0-beta.2", "1.0.0-rc.1", "0.9.12", "1.10.0", "1.2.0+build.7",
		"1.0", "x.y.z", "3.0.0-0",
	}
	var versions []Version
	for _, s := range inputs {
		v, err := Parse(s)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		versions = append(versions, v)
	}
	slices.SortStableFunc(versions, Version.Compare)
	fmt.Println("sorted:")
	for i, v := range versions {
		fmt.Printf("  %2d. %s\n", i+1, v.raw)
	}
	latest := versions[len(versions)-1]
	var stable Version
	for _, v := range versions {
		if len(v.Pre) == 0 {
			stable = v
		}
	}
	fmt.Println("latest:", latest.raw, "latest stable:", stable.raw)
	pairs := [][2]string{{"1.0.0", "v1.0.0"}, {"1.0.0-rc.1", "1.0.0"}, {"2.0.0", "1.99.99"}}
	symbols := map[int]string{-1: "<", 0: "==", 1: ">"}
	for _, p := range pairs {
		a, _ := Parse(p[0])
		b, _ := Parse(p[1])
		fmt.Printf("%s %s %s\n", p[0], symbols[a.Compare(b)], p[1])
	}
}
