package main

import (
	"errors"
	"fmt"
)

type DoseError struct {
	Drug string
	MgKg float64
}

func (e DoseError) Error() string {
	return fmt.Sprintf("unsafe dose of %s: %.2f mg/kg", e.Drug, e.MgKg)
}

var maxMgPerKg = map[string]float64{
	"paracetamol": 15,
	"ibuprofen":   10,
	"amoxicillin": 25,
}

func perKg(doseMg, weightKg float64, drug string) float64 {
	if weightKg <= 0 {
		panic("weight must be positive")
	}
	limit, ok := maxMgPerKg[drug]
	if !ok {
		panic(fmt.Errorf("no formulary entry for %q", drug))
	}
	v := doseMg / weightKg
	if v > limit {
		panic(DoseError{drug, v})
	}
	return v
}

func safeCheck(doseMg, weightKg float64, drug string) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case error:
				err = fmt.Errorf("check failed: %w", x)
			default:
				err = fmt.Errorf("check failed: %v", x)
			}
		}
	}()
	return perKg(doseMg, weightKg, drug), nil
}

func logSteps() {
	for i := range 3 {
		defer fmt.Println("  deferred cleanup", i)
	}
	fmt.Println("  preparing medication cart")
}

func main() {
	orders := []struct {
		drug   string
		dose   float64
		weight float64
	}{
		{"paracetamol", 500, 70},
		{"ibuprofen", 400, 20},
		{"amoxicillin", 250, 0},
		{"morphine", 5, 70},
		{"amoxicillin", 500, 30},
	}

	for _, o := range orders {
		v, err := safeCheck(o.dose, o.weight, o.drug)
		if err != nil {
			fmt.Println("REJECTED:", err)
			var de DoseError
			if errors.As(err, &de) {
				fmt.Printf("  over limit by %.2f mg/kg\n", de.MgKg-maxMgPerKg[de.Drug])
			}
			continue
		}
		fmt.Printf("OK: %s %.0fmg for %.0fkg = %.2f mg/kg\n", o.drug, o.dose, o.weight, v)
	}

	logSteps()
	fmt.Println("all orders reviewed")
}
