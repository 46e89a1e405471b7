package main

import (
	"fmt"
	"math"
	"slices"
)

type Student struct {
	Name  string
	Score float64
}

type Scored struct {
	Student
	Z float64
}

func (s Scored) String() string {
	return fmt.Sprintf("%-8s %5.1f  z=%+.2f", s.Name, s.Score, s.Z)
}

func stats(xs []Student) (mean, sd float64) {
	for _, s := range xs {
		mean += s.Score
	}
	mean /= float64(len(xs))
	for _, s := range xs {
		sd += (s.Score - mean) * (s.Score - mean)
	}
	sd = math.Sqrt(sd / float64(len(xs)))
	return
}

func grade(z float64) string {
	switch {
	case z >= 1.5:
		return "A"
	case z >= 0.5:
		return "B"
	case z >= -0.5:
		return "C"
	case z >= -1.5:
		return "D"
	default:
		return "F"
	}
}

func main() {
	class := []Student{
		{"Ana", 78}, {"Ben", 92}, {"Chen", 65}, {"Dara", 88}, {"Eli", 71},
		{"Fay", 54}, {"Gus", 99}, {"Hana", 83}, {"Ivo", 60}, {"Jo", 76},
		{"Kai", 81}, {"Lia", 69},
	}
	mean, sd := stats(class)
	fmt.Printf("mean=%.3f sd=%.3f\n\n", mean, sd)

	scored := make([]Scored, 0, len(class))
	for _, s := range class {
		scored = append(scored, Scored{Student: s, Z: (s.Score - mean) / sd})
	}
	slices.SortFunc(scored, func(a, b Scored) int {
		if a.Z > b.Z {
			return -1
		} else if a.Z < b.Z {
			return 1
		}
		return 0
	})
	counts := map[string]int{}
	for _, s := range scored {
		g := grade(s.Z)
		counts[g]++
		flag := ""
		if math.Abs(s.Z) > 1.5 {
			flag = " <- unusual"
		}
		fmt.Printf("%v  grade %s%s\n", s, g, flag)
	}
	fmt.Println()
	for _, g := range []string{"A", "B", "C", "D", "F"} {
		fmt.Printf("grade %s: %d\n", g, counts[g])
	}
	sumZ, sumZ2 := 0.0, 0.0
	for _, s := range scored {
		sumZ += s.Z
		sumZ2 += s.Z * s.Z
	}
	fmt.Printf("sum of z = %.6f, mean of z^2 = %.6f\n", math.Abs(sumZ), sumZ2/float64(len(scored)))
	fmt.Printf("%+v\n", scored[0].Student)
}
