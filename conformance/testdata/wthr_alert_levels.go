package main

import "fmt"

type Level int

const (
	Normal Level = iota
	Advisory
	Watch
	Warning
)

func (l Level) String() string {
	switch l {
	case Normal:
		return "normal"
	case Advisory:
		return "advisory"
	case Watch:
		return "watch"
	case Warning:
		return "warning"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

// actions lists every step for a level; higher levels fall through to lower ones.
func actions(l Level) []string {
	var out []string
	switch l {
	case Warning:
		out = append(out, "sound siren")
		fallthrough
	case Watch:
		out = append(out, "notify emergency services")
		fallthrough
	case Advisory:
		out = append(out, "post public bulletin")
		fallthrough
	default:
		out = append(out, "log reading")
	}
	return out
}

func classify(windKmh float64) Level {
	switch {
	case windKmh >= 118:
		return Warning
	case windKmh >= 89:
		return Watch
	case windKmh >= 62:
		return Advisory
	}
	return Normal
}

func main() {
	grid := [][]float64{
		{12, 30, 45},
		{70, 64, 93},
		{20, 125, 40},
		{15, 10, 8},
	}

	// Scan the station grid; stop at the first warning.
	worst := Normal
scan:
	for row, line := range grid {
		for col, w := range line {
			lvl := classify(w)
			if lvl == Normal {
				continue
			}
			fmt.Printf("station[%d][%d] wind %.0f km/h -> %v\n", row, col, w, lvl)
			worst = max(worst, lvl)
			if lvl == Warning {
				fmt.Println("warning found, stopping scan")
				break scan
			}
		}
	}
	fmt.Println("worst level:", worst)

	for l := Normal; l <= Warning; l++ {
		fmt.Printf("%-9v %q\n", l, actions(l))
	}
	fmt.Println(Level(7))

	// Retry a flaky uplink with goto.
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		fmt.Println("uplink attempt", attempts, "failed")
		goto retry
	}
	fmt.Println("uplink ok after", attempts, "attempts")
}
