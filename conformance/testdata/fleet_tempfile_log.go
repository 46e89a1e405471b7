package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

type FuelLog struct {
	path string
}

func (l FuelLog) Append(truck string, liters float64) error {
	f, err := os.OpenFile(l.path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("open fuel log: %w", err)
	}
	defer f.Close()
	_, err = fmt.Fprintf(f, "%s,%.2f\n", truck, liters)
	return err
}

func (l FuelLog) Totals() (map[string]float64, error) {
	f, err := os.Open(l.path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	totals := map[string]float64{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		truck, amount, ok := strings.Cut(sc.Text(), ",")
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(amount, 64)
		if err != nil {
			return nil, err
		}
		totals[truck] += v
	}
	return totals, sc.Err()
}

func main() {
	dir, err := os.MkdirTemp(os.TempDir(), "fleet-fuel-*")
	if err != nil {
		fmt.Println("mkdir:", err)
		return
	}
	defer os.RemoveAll(dir)

	log := FuelLog{path: filepath.Join(dir, "fuel.csv")}

	// Reading before anything was written reports a not-exist error.
	if _, err := log.Totals(); errors.Is(err, fs.ErrNotExist) {
		fmt.Println("no fuel log yet")
	}

	entries := []struct {
		truck  string
		liters float64
	}{{"T2", 55.5}, {"T1", 80}, {"T2", 42.25}, {"T3", 61}, {"T1", 19.75}}
	for _, e := range entries {
		if err := log.Append(e.truck, e.liters); err != nil {
			fmt.Println("append:", err)
			return
		}
	}

	info, err := os.Stat(log.path)
	if err != nil {
		fmt.Println("stat:", err)
		return
	}
	fmt.Printf("file %s is %d bytes, regular=%t\n", info.Name(), info.Size(), info.Mode().IsRegular())

	raw, _ := os.ReadFile(log.path)
	fmt.Printf("contents:\n%s", raw)

	totals, err := log.Totals()
	if err != nil {
		fmt.Println("totals:", err)
		return
	}
	for _, t := range []string{"T1", "T2", "T3"} {
		fmt.Printf("%s total %7.2f L\n", t, totals[t])
	}

	// Write a summary next to the log and list the directory.
	summary := fmt.Sprintf("trucks=%d\n", len(totals))
	if err := os.WriteFile(filepath.Join(dir, "summary.txt"), []byte(summary), 0o644); err != nil {
		fmt.Println("write:", err)
		return
	}
	names, _ := os.ReadDir(dir)
	for _, n := range names {
		fmt.Println("dir entry:", n.Name(), n.IsDir())
	}

	_, err = os.ReadFile(filepath.Join(dir, "missing.txt"))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("path error op:", pe.Op, "file:", filepath.Base(pe.Path))
	}
}
