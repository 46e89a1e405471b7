package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Letter struct {
	Grams int
	Large bool
}

type Box struct {
	L, W, H float64 // cm
	Kg      float64
}

type Pallet struct {
	Kg        float64
	Stackable bool
}

type Hazmat struct {
	Inner any
	Class int
}

type Zone int

const (
	Local Zone = iota + 1
	National
	International
)

var zoneFactor = map[Zone]float64{Local: 1.0, National: 1.6, International: 3.2}

func (z Zone) String() string {
	return [...]string{"?", "local", "national", "intl"}[z]
}

func quote(item any, z Zone) (float64, error) {
	var base float64
	switch v := item.(type) {
	case Letter:
		base = 0.70
		if v.Large {
			base = 1.25
		}
		if v.Grams > 100 {
			base += 0.40 * math.Ceil(float64(v.Grams-100)/100)
		}
	case Box:
		volumetric := v.L * v.W * v.H / 5000
		chargeable := max(v.Kg, volumetric)
		base = 4.50 + 0.85*math.Ceil(chargeable)
	case Pallet:
		base = 45 + 0.12*v.Kg
		if !v.Stackable {
			base *= 1.5
		}
	case Hazmat:
		if z == International && v.Class <= 3 {
			return 0, fmt.Errorf("hazmat class %d cannot ship %v", v.Class, z)
		}
		inner, err := quote(v.Inner, z)
		if err != nil {
			return 0, fmt.Errorf("hazmat: %w", err)
		}
		return inner + 25, nil
	case nil:
		return 0, fmt.Errorf("nothing to ship")
	default:
		return 0, fmt.Errorf("unsupported item %T", v)
	}
	return math.Round(base*zoneFactor[z]*100) / 100, nil
}

func main() {
	items := []any{
		Letter{Grams: 60},
		Letter{Grams: 340, Large: true},
		Box{L: 40, W: 30, H: 30, Kg: 2.5},
		Box{L: 20, W: 15, H: 10, Kg: 6.2},
		Pallet{Kg: 480, Stackable: true},
		Pallet{Kg: 300},
		Hazmat{Inner: Box{L: 30, W: 20, H: 20, Kg: 4}, Class: 3},
		Hazmat{Inner: "paint tin", Class: 8},
		nil,
		42,
	}
	zones := []Zone{Local, National, International}
	fmt.Printf("%-52s %9v %9v %9v\n", "item", zones[0], zones[1], zones[2])
	var cheapest []string
	for _, it := range items {
		desc := fmt.Sprintf("%+v", it)
		if len(desc) > 50 {
			desc = desc[:47] + "..."
		}
		cols := make([]string, 0, len(zones))
		var errs []string
		for _, z := range zones {
			p, err := quote(it, z)
			if err != nil {
				cols = append(cols, fmt.Sprintf("%9s", "-"))
				errs = append(errs, err.Error())
				continue
			}
			cols = append(cols, fmt.Sprintf("%9.2f", p))
			if z == Local && p < 2 {
				cheapest = append(cheapest, fmt.Sprintf("%T", it))
			}
		}
		fmt.Printf("%-52s %s\n", desc, strings.Join(cols, " "))
		for _, e := range slices.Compact(errs) {
			fmt.Println("   !", e)
		}
	}
	fmt.Println("under 2.00 locally:", cheapest)
}
