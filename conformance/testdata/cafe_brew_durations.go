package main

import (
	"fmt"
	"sort"
	"time"
)

type Method struct {
	Name   string
	Bloom  time.Duration
	Brew   time.Duration
	Rest   time.Duration
	Grams  int
	Liters float64
}

func (m Method) Total() time.Duration { return m.Bloom + m.Brew + m.Rest }

func (m Method) Ratio() string {
	return fmt.Sprintf("1:%.1f", m.Liters*1000/float64(m.Grams))
}

func main() {
	methods := []Method{
		{"pour over", 45 * time.Second, 2*time.Minute + 30*time.Second, 0, 20, 0.32},
		{"french press", 0, 4 * time.Minute, 30 * time.Second, 30, 0.5},
		{"espresso", 0, 28 * time.Second, 0, 18, 0.036},
		{"cold brew", 0, 14 * time.Hour, 20 * time.Minute, 100, 1.0},
		{"aeropress", 30 * time.Second, 90 * time.Second, 0, 15, 0.23},
	}

	sort.Slice(methods, func(i, j int) bool { return methods[i].Total() < methods[j].Total() })
	for _, m := range methods {
		fmt.Printf("%-12s total=%-10v ratio=%s seconds=%.0f\n", m.Name, m.Total(), m.Ratio(), m.Total().Seconds())
	}

	cold := methods[len(methods)-1]
	fmt.Println("cold brew in minutes:", cold.Total().Minutes())
	fmt.Println("cold brew in hours:", cold.Total().Hours())
	fmt.Println("rounded to hour:", cold.Total().Round(time.Hour))
	fmt.Println("truncated to hour:", cold.Total().Truncate(time.Hour))

	d, err := time.ParseDuration("3m45.5s")
	fmt.Println("parsed:", d, err, "ms:", d.Milliseconds())
	_, err = time.ParseDuration("five minutes")
	fmt.Println("bad parse:", err)

	shift := 8 * time.Hour
	espresso := methods[0].Total()
	fmt.Println("espressos per shift if back-to-back:", int64(shift/espresso))
	fmt.Println("leftover:", shift%espresso)
	fmt.Println("tiny durations:", 1500*time.Microsecond, 42*time.Nanosecond, time.Duration(0))
	fmt.Printf("as %%d: %d, as %%v: %v, as %%T: %T\n", time.Second, time.Second, time.Second)

	ref := time.Date(2024, time.March, 15, 7, 0, 0, 0, time.UTC)
	opening := ref
	for _, m := range methods[:3] {
		ref = ref.Add(m.Total())
		fmt.Printf("%s ready at %s\n", m.Name, ref.Format("15:04:05"))
	}
	fmt.Println("elapsed since opening:", ref.Sub(opening))
	fmt.Println("weekday:", opening.Weekday(), "| day of year:", opening.YearDay())
}
