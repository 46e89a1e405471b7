package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const input = `???.### 1,1,3
.??..??...?##. 1,1,3
?#?#?#?#?#?#?#? 1,3,1,6
????.#...#... 4,1,1
????.######..#####. 1,6,5
?###???????? 3,2,1`

type key struct{ pos, group, run int }

type Solver struct {
	row    string
	groups []int
	memo   map[key]int
}

func (s *Solver) count(pos, group, run int) int {
	if pos == len(s.row) {
		switch {
		case group == len(s.groups) && run == 0:
			return 1
		case group == len(s.groups)-1 && run == s.groups[group]:
			return 1
		}
		return 0
	}
	k := key{pos, group, run}
	if v, ok := s.memo[k]; ok {
		return v
	}
	total := 0
	c := s.row[pos]
	if c == '#' || c == '?' {
		if group < len(s.groups) && run < s.groups[group] {
			total += s.count(pos+1, group, run+1)
		}
	}
	if c == '.' || c == '?' {
		if run == 0 {
			total += s.count(pos+1, group, 0)
		} else if run == s.groups[group] {
			total += s.count(pos+1, group+1, 0)
		}
	}
	s.memo[k] = total
	return total
}

func Arrangements(row string, groups []int) int {
	s := &Solver{row: row, groups: groups, memo: make(map[key]int)}
	return s.count(0, 0, 0)
}

func unfold(row string, groups []int, times int) (string, []int) {
	rows := make([]string, times)
	for i := range rows {
		rows[i] = row
	}
	return strings.Join(rows, "?"), slices.Repeat(groups, times)
}

func main() {
	p1, p2 := 0, 0
	for _, line := range strings.Split(input, "\n") {
		row, spec, _ := strings.Cut(line, " ")
		var groups []int
		for _, f := range strings.Split(spec, ",") {
			n, _ := strconv.Atoi(f)
			groups = append(groups, n)
		}
		a := Arrangements(row, groups)
		r5, g5 := unfold(row, groups, 5)
		b := Arrangements(r5, g5)
		fmt.Printf("%-20s %-10s %d %d\n", row, spec, a, b)
		p1 += a
		p2 += b
	}
	fmt.Println("part 1:", p1)
	fmt.Println("part 2:", p2)
}
