// Command tool_semver_cmp parses, sorts (SemVer 2.0 precedence) and filters versions.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

var ErrInvalid = errors.New("invalid semantic version")

type Version struct {
	Major, Minor, Patch int
	Pre                 []string // pre-release identifiers
	Build               string   // build metadata, ignored for precedence
}

func (v Version) String() string {
	s := fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch)
	if len(v.Pre) > 0 {
		s += "-" + strings.Join(v.Pre, ".")
	}
	if v.Build != "" {
		s += "+" + v.Build
	}
	return s
}

func Parse(s string) (Version, error) {
	var v Version
	s, v.Build, _ = strings.Cut(strings.TrimPrefix(s, "v"), "+")
	core, pre, hasPre := strings.Cut(s, "-")
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return v, fmt.Errorf("%w: %q needs three numbers", ErrInvalid, s)
	}
	for i, ptr := range []*int{&v.Major, &v.Minor, &v.Patch} {
		n, err := strconv.Atoi(parts[i])
		if err != nil || n < 0 {
			return v, fmt.Errorf("%w: bad number %q", ErrInvalid, parts[i])
		}
		*ptr = n
	}
	if hasPre {
		v.Pre = strings.Split(pre, ".")
	}
	return v, nil
}

func compareIdent(a, b string) int {
	x, errX := strconv.Atoi(a)
	y, errY := strconv.Atoi(b)
	switch {
	case errX == nil && errY == nil:
		return cmp.Compare(x, y)
	case errX == nil:
		return -1 // numeric identifiers sort before alphanumeric ones
	case errY == nil:
		return 1
	}
	return strings.Compare(a, b)
}

func comparePre(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return -cmp.Compare(len(a), len(b)) // a release beats any pre-release
	}
	return slices.CompareFunc(a, b, compareIdent)
}

func (v Version) Compare(o Version) int {
	return cmp.Or(cmp.Compare(v.Major, o.Major), cmp.Compare(v.Minor, o.Minor),
		cmp.Compare(v.Patch, o.Patch), comparePre(v.Pre, o.Pre))
}

func satisfies(v Version, constraint string) bool {
	rest := strings.TrimLeft(constraint, "<>=^")
	target, err := Parse(rest)
	if err != nil {
		return false
	}
	c := v.Compare(target)
	switch strings.TrimSuffix(constraint, rest) {
	case ">=":
		return c >= 0
	case "<":
		return c < 0
	case "^":
		return c >= 0 && v.Major == target.Major
	}
	return c == 0
}

func main() {
	inputs := []string{"1.0.0", "v2.1.3", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.11",
		"1.0.0-beta.2", "1.0.0-rc.1+build.5", "1.0.0-beta", "0.9.12", "1.10.0", "1.2", "1.x.0"}
	var versions []Version
	for _, in := range inputs {
		v, err := Parse(in)
		if errors.Is(err, ErrInvalid) {
			fmt.Printf("skip %-22q %v\n", in, err)
			continue
		}
		versions = append(versions, v)
	}
	slices.SortStableFunc(versions, Version.Compare)
	fmt.Println("sorted:")
	for i, v := range versions {
		fmt.Printf("  %2d %s\n", i+1, v)
	}
	latest := slices.MaxFunc(versions, Version.Compare)
	fmt.Printf("latest: %v\n%#v\n", latest, latest)
	for _, c := range []string{">=1.0.0", "<1.0.0", "^1.0.0", "=2.1.3"} {
		ok := slices.DeleteFunc(slices.Clone(versions), func(v Version) bool { return !satisfies(v, c) })
		fmt.Printf("%-8s %v\n", c, ok)
	}
}
