package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// FuelEntry is one line of a driver's fuel log.
type FuelEntry struct {
	Truck    string
	Liters   float64
	Odometer int
	Paid     bool
}

const fuelLog = `# truck;liters;odometer;paid
T1; 120.5 ;48210;yes
T2;80;31002;no
T1;95.25;48790;yes
T3;abc;10020;yes
T2;60.0;31440
T3;40;0x2A3F;true

T1;110;49305;1
`

func parseLine(line string) (FuelEntry, error) {
	fields := strings.Split(line, ";")
	if len(fields) != 4 {
		return FuelEntry{}, fmt.Errorf("want 4 fields, got %d", len(fields))
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	liters, err := strconv.ParseFloat(fields[1], 64)
	if err != nil {
		return FuelEntry{}, fmt.Errorf("liters: %w", err)
	}
	odo, err := strconv.ParseInt(fields[2], 0, 64) // base 0 accepts 0x prefixes
	if err != nil {
		return FuelEntry{}, fmt.Errorf("odometer: %w", err)
	}
	paid, err := strconv.ParseBool(fields[3])
	if err != nil {
		paid = strings.EqualFold(fields[3], "yes")
	}
	return FuelEntry{fields[0], liters, int(odo), paid}, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(fuelLog))
	var entries []FuelEntry
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e, err := parseLine(line)
		if err != nil {
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Printf("line %d: bad number %q (%v)\n", lineNo, numErr.Num, numErr.Err)
			} else {
				fmt.Printf("line %d: %v\n", lineNo, err)
			}
			continue
		}
		entries = append(entries, e)
	}

	for _, e := range entries {
		fmt.Printf("%-3s %7.2f L  odo=%-6d paid=%t\n", e.Truck, e.Liters, e.Odometer, e.Paid)
	}

	// Consumption for T1 between consecutive fill-ups.
	var prev *FuelEntry
	for i := range entries {
		e := &entries[i]
		if e.Truck != "T1" {
			continue
		}
		if prev != nil {
			km := e.Odometer - prev.Odometer
			per100 := e.Liters / float64(km) * 100
			fmt.Printf("T1 %d km on %.2f L = %s L/100km\n", km, e.Liters, strconv.FormatFloat(per100, 'f', 2, 64))
		}
		prev = e
	}

	fmt.Println("Itoa:", strconv.Itoa(48210)+" km")
	fmt.Println("FormatInt base 2:", strconv.FormatInt(42, 2))
	fmt.Println("Quote:", strconv.Quote("T1 \"north\"\tbay"))
	fmt.Println("AppendInt:", string(strconv.AppendInt([]byte("truck-"), 7, 10)))
	if _, err := strconv.Atoi("99999999999999999999"); err != nil {
		fmt.Println("Atoi error:", err)
	}
	fields := strings.Fields("  T9   depot   ready  ")
	fmt.Printf("Fields: %q, joined: %s\n", fields, strings.Join(fields, "|"))
	name, rest, ok := strings.Cut("T4:route-22:active", ":")
	fmt.Println("Cut:", name, rest, ok)
}
