package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Vitals struct {
	Bed      int
	Temp     float64
	Systolic int
	Diastol  int
	Stable   bool
}

func parseLine(line string) (Vitals, error) {
	fields := strings.Split(line, ",")
	if len(fields) != 4 {
		return Vitals{}, fmt.Errorf("want 4 fields, got %d", len(fields))
	}
	var v Vitals
	var err error
	if v.Bed, err = strconv.Atoi(strings.TrimSpace(fields[0])); err != nil {
		return v, fmt.Errorf("bed: %w", err)
	}
	if v.Temp, err = strconv.ParseFloat(strings.TrimSpace(fields[1]), 64); err != nil {
		return v, fmt.Errorf("temp: %w", err)
	}
	sys, dia, ok := strings.Cut(strings.TrimSpace(fields[2]), "/")
	if !ok {
		return v, errors.New("blood pressure must look like 120/80")
	}
	if v.Systolic, err = strconv.Atoi(sys); err != nil {
		return v, fmt.Errorf("systolic: %w", err)
	}
	if v.Diastol, err = strconv.Atoi(dia); err != nil {
		return v, fmt.Errorf("diastolic: %w", err)
	}
	if v.Stable, err = strconv.ParseBool(strings.TrimSpace(fields[3])); err != nil {
		return v, fmt.Errorf("stable: %w", err)
	}
	return v, nil
}

func main() {
	data := `12, 36.8, 118/76, true
14, 38.9, 142/91, false
15, hot, 120/80, true
16, 37.1, 130-85, true
17, 36.5, 110/70, maybe
18, 37.4, 125/82, T`

	for i, line := range strings.Split(data, "\n") {
		v, err := parseLine(line)
		if err != nil {
			fmt.Printf("line %d: %v\n", i+1, err)
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Printf("  func=%s input=%q\n", numErr.Func, numErr.Num)
			}
			continue
		}
		fmt.Printf("bed %d temp=%s bp=%d/%d stable=%t\n",
			v.Bed, strconv.FormatFloat(v.Temp, 'f', 1, 64), v.Systolic, v.Diastol, v.Stable)
	}

	id := 48879
	fmt.Println("hex chart id:", strconv.FormatInt(int64(id), 16))
	n, _ := strconv.ParseInt("beef", 16, 64)
	fmt.Println("parsed back:", n)
	fmt.Println("quoted:", strconv.Quote("Ward \"C\"\tNorth"))
	fmt.Println("itoa + append:", string(strconv.AppendInt([]byte("room-"), 307, 10)))
	_, err := strconv.Atoi("99999999999999999999")
	fmt.Println("overflow:", err, errors.Is(err, strconv.ErrRange))
}
