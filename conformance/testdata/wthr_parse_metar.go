package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Obs is a simplified METAR-style observation.
type Obs struct {
	Station   string
	WindDir   int
	WindKt    int
	TempC     int
	DewC      int
	Altimeter float64
}

// parseTemp handles the "M" prefix used for negative values.
func parseTemp(s string) (int, error) {
	neg := strings.HasPrefix(s, "M")
	n, err := strconv.Atoi(strings.TrimPrefix(s, "M"))
	if err != nil {
		return 0, err
	}
	if neg {
		n = -n
	}
	return n, nil
}

func parse(line string) (Obs, error) {
	f := strings.Fields(line)
	if len(f) != 4 {
		return Obs{}, fmt.Errorf("want 4 fields, got %d", len(f))
	}
	o := Obs{Station: f[0]}
	wind, ok := strings.CutSuffix(f[1], "KT")
	if !ok || len(wind) != 5 {
		return Obs{}, fmt.Errorf("bad wind group %q", f[1])
	}
	var err error
	if o.WindDir, err = strconv.Atoi(wind[:3]); err != nil {
		return Obs{}, fmt.Errorf("wind direction: %w", err)
	}
	if o.WindKt, err = strconv.Atoi(wind[3:]); err != nil {
		return Obs{}, fmt.Errorf("wind speed: %w", err)
	}
	t, d, _ := strings.Cut(f[2], "/")
	if o.TempC, err = parseTemp(t); err != nil {
		return Obs{}, fmt.Errorf("temperature: %w", err)
	}
	if o.DewC, err = parseTemp(d); err != nil {
		return Obs{}, fmt.Errorf("dew point: %w", err)
	}
	alt, err := strconv.ParseInt(strings.TrimPrefix(f[3], "A"), 10, 32)
	if err != nil {
		return Obs{}, fmt.Errorf("altimeter: %w", err)
	}
	o.Altimeter = float64(alt) / 100
	return o, nil
}

func main() {
	lines := []string{
		"KJFK 27015KT 22/14 A3002",
		"CYYZ 31008KT M05/M12 A2987",
		"EGLL 2X010KT 11/09 A2992",
		"KORD 18012KT 17/XX A3010",
		"KDEN 09005KT 03/M01",
		"PANC 36022KT M18/M21 A99999999999",
		"LFPG 240KT 08/05 A2995",
	}
	for _, l := range lines {
		o, err := parse(l)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("%-6s %v [func=%s input=%q]\n", "ERR", err, ne.Func, ne.Num)
				if errors.Is(err, strconv.ErrRange) {
					fmt.Println("       (value out of range)")
				}
			} else {
				fmt.Printf("%-6s %v\n", "ERR", err)
			}
			continue
		}
		spread := o.TempC - o.DewC
		fmt.Printf("%-6s wind %03d°@%2dkt temp %3d dew %3d spread %2d alt %.2f inHg\n",
			o.Station, o.WindDir, o.WindKt, o.TempC, o.DewC, spread, o.Altimeter)
	}
	fmt.Println(strconv.Quote("KJFK°"), strconv.QuoteToASCII("KJFK°"))
	fmt.Println(strconv.FormatFloat(29.92, 'e', 3, 64), strconv.Itoa(-42)+"C")
}
