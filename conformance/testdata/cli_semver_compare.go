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
	Pre                 string
}

var ErrInvalidVersion = errors.New("invalid version")

func Parse(s string) (Version, error) {
	var v Version
	core, pre, _ := strings.Cut(strings.TrimPrefix(s, "v"), "-")
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return v, fmt.Errorf("%w %q: want MAJOR.MINOR.PATCH", ErrInvalidVersion, s)
	}
	nums := [3]*int{&v.Major, &v.Minor, &v.Patch}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return v, fmt.Errorf("%w %q: bad number %q", ErrInvalidVersion, s, p)
		}
		*nums[i] = n
	}
	v.Pre = pre
	return v, nil
}

func (v Version) String() string {
	s := fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch)
	if v.Pre != "" {
		s += "-" + v.Pre
	}
	return s
}

// Compare follows semver precedence: a release outranks its prereleases.
func (v Version) Compare(o Version) int {
	if c := cmp.Or(cmp.Compare(v.Major, o.Major), cmp.Compare(v.Minor, o.Minor), cmp.Compare(v.Patch, o.Patch)); c != 0 {
		return c
	}
	switch {
	case v.Pre == o.Pre:
		return 0
	case v.Pre == "":
		return 1
	case o.Pre == "":
		return -1
	}
	return strings.Compare(v.Pre, o.Pre)
}

func (v Version) Less(o Version) bool { return v.Compare(o) < 0 }

func Max[T interface{ Less(T) bool }](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if m.Less(x) {
			m = x
		}
	}
	return m
}

func main() {
	inputs := []string{"1.2.3", "v1.10.0", "1.2.10", "2.0.0-rc.1", "2.0.0", "2.0.0-beta", "0.9.9", "1.2", "v1.x.0", "1.2.3"}
	var vs []Version
	for _, in := range inputs {
		v, err := Parse(in)
		if err != nil {
			fmt.Println("skip:", err, errors.Is(err, ErrInvalidVersion))
			continue
		}
		vs = append(vs, v)
	}
	slices.SortFunc(vs, Version.Compare)
	fmt.Println("sorted:", vs)
	vs = slices.CompactFunc(vs, func(a, b Version) bool { return a.Compare(b) == 0 })
	fmt.Println("unique:", vs, len(vs))
	fmt.Printf("latest: %v (%T)\n", Max(vs...), Max(vs...))
	pairs := [][2]string{{"1.2.3", "1.2.4"}, {"2.0.0-rc.1", "2.0.0"}, {"1.0.0-alpha", "1.0.0-beta"}, {"3.1.4", "v3.1.4"}}
	for _, p := range pairs {
		a, _ := Parse(p[0])
		b, _ := Parse(p[1])
		sym := map[int]string{-1: "<", 0: "==", 1: ">"}[a.Compare(b)]
		fmt.Printf("%-12v %-2s %v\n", a, sym, b)
	}
	i, found := slices.BinarySearchFunc(vs, Version{Major: 1, Minor: 5}, Version.Compare)
	fmt.Println("insert 1.5.0 at", i, found, Version{1, 4, 7, "dev"}.Less(Version{1, 4, 7, ""}))
}
