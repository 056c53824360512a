import { NextResponse } from "next/server";
import { DatabaseUnavailableError, getHealth } from "@/lib/health/get-health";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    return NextResponse.json(await getHealth(), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) {
      return NextResponse.json({ status: "unavailable", reason: error.message }, { status: 503, headers: { "Cache-Control": "no-store" } });
    }
    throw error;
  }
}
