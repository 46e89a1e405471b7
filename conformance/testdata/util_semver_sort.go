package main

import (
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

var ErrInvalid = errors.New("invalid semver")

func Parse(s string) (Version, error) {
	orig := s
	s = strings.TrimPrefix(s, "v")
	s, _, _ = strings.Cut(s, "+") // build metadata is ignored
	core, pre, _ := strings.Cut(s, "-")
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return Version{}, fmt.Errorf("%w: %q needs three components", ErrInvalid, orig)
	}
	var nums [3]int
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return Version{}, fmt.Errorf("%w: %q component %d", ErrInvalid, orig, i)
		}
		nums[i] = n
	}
	return Version{nums[0], nums[1], nums[2], pre}, nil
}

func (v Version) String() string {
	s := fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch)
	if v.Pre != "" {
		s += "-" + v.Pre
	}
	return s
}

func comparePre(a, b string) int {
	if a == b {
		return 0
	}
	if a == "" {
		return 1 // release > prerelease
	}
	if b == "" {
		return -1
	}
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := range min(len(as), len(bs)) {
		ai, aerr := strconv.Atoi(as[i])
		bi, berr := strconv.Atoi(bs[i])
		switch {
		case aerr == nil && berr == nil:
			if c := ai - bi; c != 0 {
				return c
			}
		case aerr == nil:
			return -1
		case berr == nil:
			return 1
		default:
			if c := strings.Compare(as[i], bs[i]); c != 0 {
				return c
			}
		}
	}
	return len(as) - len(bs)
}

func (v Version) Compare(o Version) int {
	if v.Major != o.Major {
		return v.Major - o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor - o.Minor
	}
	if v.Patch != o.Patch {
		return v.Patch - o.Patch
	}
	return comparePre(v.Pre, o.Pre)
}

func main() {
	raw := []string{
		"1.0.0", "v1.10.0", "1.2.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta",
		"1.0.0-alpha.beta", "1.0.0-rc.1", "1.0.0-beta.11", "1.0.0-beta.2", "2.0.0+build.5",
		"1.2", "v1.x.3",
	}
	var versions []Version
	for _, r := range raw {
		v, err := Parse(r)
		if err != nil {
			fmt.Println("skip:", err, errors.Is(err, ErrInvalid))
			continue
		}
		versions = append(versions, v)
	}
	slices.SortFunc(versions, Version.Compare)
	for i, v := range versions {
		fmt.Printf("%2d %s\n", i+1, v)
	}

	latestStable := Version{}
	for _, v := range versions {
		if v.Pre == "" && v.Compare(latestStable) > 0 {
			latestStable = v
		}
	}
	fmt.Println("latest stable:", latestStable)

	constraint, _ := Parse("1.2.0")
	fmt.Print("compatible with ^1.2.0:")
	for _, v := range versions {
		if v.Major == constraint.Major && v.Compare(constraint) >= 0 {
			fmt.Print(" ", v)
		}
	}
	fmt.Println()
}
