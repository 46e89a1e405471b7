package main

import (
	"fmt"
	"strconv"
	"strings"
)

type LengthUnit int

const (
	Millimetre LengthUnit = iota
	Centimetre
	Metre
	Kilometre
	Inch
	Foot
	Mile
	AstronomicalUnit
	LightYear
)

var unitInfo = [...]struct {
	symbol string
	metres float64
}{
	Millimetre:       {"mm", 1e-3},
	Centimetre:       {"cm", 1e-2},
	Metre:            {"m", 1},
	Kilometre:        {"km", 1e3},
	Inch:             {"in", 0.0254},
	Foot:             {"ft", 0.3048},
	Mile:             {"mi", 1609.344},
	AstronomicalUnit: {"AU", 1.495978707e11},
	LightYear:        {"ly", 9.4607304725808e15},
}

func (u LengthUnit) String() string { return unitInfo[u].symbol }

type Length struct {
	Value float64
	Unit  LengthUnit
}

func (l Length) To(u LengthUnit) Length {
	return Length{l.Value * unitInfo[l.Unit].metres / unitInfo[u].metres, u}
}

func (l Length) String() string {
	return strconv.FormatFloat(l.Value, 'g', 6, 64) + " " + l.Unit.String()
}

func ParseUnit(s string) (LengthUnit, bool) {
	for i, info := range unitInfo {
		if strings.EqualFold(info.symbol, s) {
			return LengthUnit(i), true
		}
	}
	return 0, false
}

type Temperature float64 // kelvin

func FromCelsius(c float64) Temperature    { return Temperature(c + 273.15) }
func FromFahrenheit(f float64) Temperature { return Temperature((f-32)*5/9 + 273.15) }
func (t Temperature) Celsius() float64     { return float64(t) - 273.15 }
func (t Temperature) Fahrenheit() float64  { return t.Celsius()*9/5 + 32 }

func main() {
	marathon := Length{42.195, Kilometre}
	fmt.Printf("marathon: %v = %v = %v\n", marathon, marathon.To(Mile), marathon.To(Foot))

	sunDist := Length{1, AstronomicalUnit}
	fmt.Printf("Earth-Sun: %v = %v = %v\n", sunDist, sunDist.To(Kilometre), sunDist.To(LightYear))

	proxima := Length{4.2465, LightYear}
	fmt.Printf("Proxima Centauri: %v = %.4e km = %.0f AU\n",
		proxima, proxima.To(Kilometre).Value, proxima.To(AstronomicalUnit).Value)

	inputs := []string{"12 in", "5280 ft", "100 cm", "3 furlong", "abc m"}
	for _, in := range inputs {
		fields := strings.Fields(in)
		v, err := strconv.ParseFloat(fields[0], 64)
		if err != nil {
			fmt.Printf("%-10q -> bad number\n", in)
			continue
		}
		u, ok := ParseUnit(fields[1])
		if !ok {
			fmt.Printf("%-10q -> unknown unit %q\n", in, fields[1])
			continue
		}
		fmt.Printf("%-10q -> %v\n", in, Length{v, u}.To(Metre))
	}

	fmt.Printf("%8s %8s %8s\n", "C", "F", "K")
	for _, c := range []float64{-40, 0, 37, 100} {
		t := FromCelsius(c)
		fmt.Printf("%8.2f %8.2f %8.2f\n", t.Celsius(), t.Fahrenheit(), float64(t))
	}
	body := FromFahrenheit(98.6)
	fmt.Printf("98.6 F is %.2f C, type %T\n", body.Celsius(), body)
}
